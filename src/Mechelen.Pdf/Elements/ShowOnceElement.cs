using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Draws its child on the first page it appears on only (e.g. a header shown on page 1).</summary>
internal sealed class ShowOnceElement(DocumentModel model) : DecoratorElement(model)
{
    private bool _shown;

    public override SpacePlan Measure(Size available, LayoutContext context) =>
        _shown ? SpacePlan.Empty : Child.Measure(available, context);

    public override void Draw(Size available, LayoutContext context)
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
