using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Draws the child, then a frame around the space it was given.</summary>
internal sealed class BorderElement(DocumentModel model, float width, Rgb color) : DecoratorElement(model)
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        Child.Draw(available, context);
        context.Canvas.StrokeRectangle(0, 0, available.Width, available.Height, width, color);
    }
}
