using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Fills the space given to the child, then draws the child.</summary>
internal sealed class BackgroundElement(DocumentModel model, Rgb color) : DecoratorElement(model)
{
    public override SpacePlan Measure(Size available, LayoutContext context) => Child.Measure(available, context);

    public override void Draw(Size available, LayoutContext context)
    {
        context.Canvas.FillRectangle(0, 0, available.Width, available.Height, color);
        Child.Draw(available, context);
    }
}
