using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>
/// A horizontal bar filling a fraction of the width. With a <paramref name="lineStyle"/> it is centred on the
/// first text line of that style (so it lines up with a label that wraps); otherwise on the space given.
/// </summary>
internal sealed class BarElement(float fraction, float thickness, Rgb color, Rgb? track, TextStyle? lineStyle = null) : Element
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        if (thickness > available.Height + 0.01f)
        {
            context.ReportWrap(this, new Size(available.Width, thickness), available);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(float.IsFinite(available.Width) ? available.Width : 0, thickness);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var band = available.Height;
        if (lineStyle is not null)
        {
            var style = lineStyle.Over(context.DefaultStyle);
            band = Math.Min(band, (style.Size ?? 10) * (style.LineHeightFactor ?? 1.2f));
        }

        var y = (band - thickness) / 2;
        if (track is { } background)
        {
            context.Canvas.FillRectangle(0, y, available.Width, thickness, background);
        }

        if (fraction > 0)
        {
            context.Canvas.FillRectangle(0, y, available.Width * Math.Clamp(fraction, 0, 1), thickness, color);
        }
    }
}
