using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf.Elements;

/// <summary>Large light text across the diagonal of the space given (a page layer).</summary>
internal sealed class WatermarkElement(string text, TextStyle style) : Element
{
    private readonly TextSpan _span = new(text) { Style = style };

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) =>
        SpacePlan.Full(float.IsFinite(available.Width) ? available.Width : 0, float.IsFinite(available.Height) ? available.Height : 0);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var resolved = _span.Resolve(context.DefaultStyle, context.Fonts);
        var angle = MathF.Atan2(available.Height, available.Width) * 180 / MathF.PI;
        context.Canvas.DrawRotatedText(text, resolved.Fonts.Primary, resolved.Size, resolved.Color, available.Width / 2, available.Height / 2, angle);
    }
}
