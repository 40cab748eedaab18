using Mechelen.Pdf;
using SkiaSharp;

namespace Mechelen.Reports.Word;

/// <summary>The report's bar chart (validated recommendations per area) as a PNG, drawn like the PDF's, for the Word document.</summary>
internal static class ChartImage
{
    private const float Scale = 2; // 144 dpi: sharp when printed at its size in points
    private const float LabelWidth = 210;
    private const float ValueWidth = 32;
    private const float RowHeight = 16;
    private const float BarThickness = 9;

    /// <summary>The PNG bytes and the image's size in points.</summary>
    public static (byte[] Png, float Width, float Height) Draw(IReadOnlyList<AreaCount> areas, float width, Func<int, string> number)
    {
        var height = Math.Max(1, areas.Count) * RowHeight + 4;
        using var surface = SKSurface.Create(new SKImageInfo((int)(width * Scale), (int)(height * Scale)));
        var canvas = surface.Canvas;
        canvas.Scale(Scale);
        canvas.Clear(SKColors.White);
        using var typeface = SKTypeface.FromFile(Fonts.DefaultFontFile());
        using var font = new SKFont(typeface, 8.5f);
        using var text = new SKPaint { Color = new SKColor(0x1B, 0x1F, 0x24), IsAntialias = true };
        using var track = new SKPaint { Color = new SKColor(0xE8, 0xEC, 0xF1) };
        using var bar = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79) };
        var max = Math.Max(1, areas.Select(a => a.Count).DefaultIfEmpty(0).Max());
        var barWidth = width - LabelWidth - ValueWidth - 16;
        for (var i = 0; i < areas.Count; i++)
        {
            var a = areas[i];
            var y = (i * RowHeight) + 2;
            var baseline = y + 11;
            canvas.DrawText(Fit($"{a.Number}. {a.Name}", font, LabelWidth - 4), 0, baseline, SKTextAlign.Left, font, text);
            var x = LabelWidth + 8;
            var top = y + ((RowHeight - BarThickness) / 2) - 1;
            canvas.DrawRect(x, top, barWidth, BarThickness, track);
            canvas.DrawRect(x, top, barWidth * a.Count / max, BarThickness, bar);
            canvas.DrawText(number(a.Count), width, baseline, SKTextAlign.Right, font, text);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return (data.ToArray(), width, height);
    }

    private static string Fit(string label, SKFont font, float width)
    {
        if (font.MeasureText(label) <= width)
        {
            return label;
        }

        while (label.Length > 1 && font.MeasureText(label + "…") > width)
        {
            label = label[..^1];
        }

        return label + "…";
    }
}
