using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Draws the child, then a frame around the space it was given.</summary>
internal sealed class BorderElement(DocumentModel model, float width, Rgb color) : DecoratorElement(model)
{
    public override SpacePlan Measure(Size available, LayoutContext context) => Child.Measure(available, context);

    public override void Draw(Size available, LayoutContext context)
    {
        Child.Draw(available, context);
        context.Canvas.StrokeRectangle(0, 0, available.Width, available.Height, width, color);
    }
}
