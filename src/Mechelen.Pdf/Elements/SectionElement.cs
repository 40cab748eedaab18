using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Marks where its child starts as a named destination that links can point to.</summary>
internal sealed class SectionElement(DocumentModel model, string name) : DecoratorElement(model)
{
    private bool _continuing;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        if (!_continuing)
        {
            context.Canvas.SetDestination(name, 0);
        }

        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        _continuing = plan.Kind == SpaceKind.Partial;
    }

    public override void ResetPass()
    {
        _continuing = false;
        base.ResetPass();
    }
}
