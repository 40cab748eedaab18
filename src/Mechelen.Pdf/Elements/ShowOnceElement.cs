using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Draws its child on the first page it appears on only (e.g. a header shown on page 1).</summary>
internal sealed class ShowOnceElement(DocumentModel model) : DecoratorElement(model)
{
    private bool _shown;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) =>
        _shown ? SpacePlan.Empty : Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        if (_shown)
        {
            return;
        }

        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        _shown = plan.Kind is SpaceKind.Full or SpaceKind.Empty;
    }

    public override void ResetPass()
    {
        _shown = false;
        base.ResetPass();
    }
}
