using System.Text;
using Mechelen.Pdf.Canvas;

namespace Mechelen.Pdf.Text;

/// <summary>Draws one laid-out line: aligns it, merges neighbouring pieces of the same look into one text run, adds links.</summary>
internal static class TextPainter
{
    [ThreadStatic]
    private static StringBuilder? _run;

    public static void DrawLine(Piece[] pieces, TextLine line, float top, float width, TextAlignment alignment, ICanvas canvas)
    {
        if (canvas.IsSilent)
        {
            return;
        }

        var offset = alignment switch
        {
            TextAlignment.Center => (width - line.Width) / 2,
            TextAlignment.Right => width - line.Width,
            _ => 0f,
        };
        var extra = alignment == TextAlignment.Justify && !line.EndsParagraph && line.Spaces > 0 && float.IsFinite(width)
            ? (width - line.Width) / line.Spaces
            : 0f;

        var baseline = top + line.Baseline;
        var run = _run ??= new StringBuilder();
        var shift = 0f;
        var end = line.Start + line.Count;
        var i = line.Start;
        while (i < end)
        {
            var first = pieces[i];
            if (first.Kind == PieceKind.Space && extra > 0)
            {
                shift += extra;
                i++;
                continue;
            }

            var x = offset + first.X + shift;
            var runWidth = first.Width;
            var j = i + 1;
            while (j < end && SameLook(first, pieces[j]) && !(extra > 0 && pieces[j].Kind == PieceKind.Space))
            {
                runWidth += pieces[j].Width;
                j++;
            }

            var text = first.Text;
            if (j - i > 1)
            {
                run.Clear();
                for (var k = i; k < j; k++)
                {
                    run.Append(pieces[k].Text);
                }

                text = run.ToString();
            }

            var style = first.Style;
            canvas.DrawText(text, first.Font, style.Size, style.Color, x, baseline);
            if (style.Underline)
            {
                var y = baseline + (style.Size * 0.12f);
                canvas.DrawLine(x, y, x + runWidth, y, style.Size * 0.06f, style.Color);
            }

            if (first.Span.Url is { } url)
            {
                canvas.AddUrlLink(x, top, runWidth, line.Height, url);
            }
            else if (first.Span.Section is { } section)
            {
                canvas.AddSectionLink(x, top, runWidth, line.Height, section);
            }

            i = j;
        }
    }

    private static bool SameLook(Piece a, Piece b) =>
        ReferenceEquals(a.Font, b.Font) && ReferenceEquals(a.Style, b.Style) && ReferenceEquals(a.Span, b.Span);
}
