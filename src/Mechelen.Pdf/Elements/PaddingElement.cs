using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

internal sealed class PaddingElement(DocumentModel model, float left, float top, float right, float bottom) : DecoratorElement(model)
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(Inner(available), context);
        return plan.Kind is SpaceKind.Wrap or SpaceKind.Empty
            ? plan
            : plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom };
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        context.Canvas.Translate(left, top);
        Child.Draw(Inner(available), context);
        context.Canvas.Translate(-left, -top);
    }

    private Size Inner(Size available) =>
        new(Math.Max(0, available.Width - left - right), Math.Max(0, available.Height - top - bottom));
}
