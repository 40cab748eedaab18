using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Moves its child to the next page rather than splitting it, unless it would not fit on a page anyway.</summary>
internal sealed class KeepTogetherElement(DocumentModel model) : DecoratorElement(model)
{
    private bool _started;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.Kind != SpaceKind.Partial || _started)
        {
            return plan;
        }

        var onEmptyPage = Child.Measure(new Size(available.Width, context.PageContent.Height), context);
        if (onEmptyPage.Kind != SpaceKind.Full)
        {
            return plan;
        }

        context.ReportWrap(this, new Size(onEmptyPage.Width, onEmptyPage.Height), available);
        return SpacePlan.Wrap;
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        _started = plan.Kind == SpaceKind.Partial;
    }

    public override void ResetPass()
    {
        _started = false;
        base.ResetPass();
    }
}
