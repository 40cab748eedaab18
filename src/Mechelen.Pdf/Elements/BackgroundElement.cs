using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Fills the space given to the child, then draws the child.</summary>
internal sealed class BackgroundElement(DocumentModel model, Rgb color) : DecoratorElement(model)
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        context.Canvas.FillRectangle(0, 0, available.Width, available.Height, color);
        Child.Draw(available, context);
    }
}
