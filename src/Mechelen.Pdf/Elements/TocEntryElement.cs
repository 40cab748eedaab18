using System.Globalization;
using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf.Elements;

/// <summary>
/// One line of the table of contents: title (wrapping if long), dots, page number, all linked to the heading.
/// A title longer than <see cref="MaxTitle"/> characters is cut with an ellipsis, so an entry never outgrows a
/// page; the heading itself and the outline keep it whole.
/// </summary>
internal sealed class TocEntryElement(HeadingEntry heading, TextStyle style, float indent) : Element
{
    public const int MaxTitle = 300;
    private const float Gap = 6;
    private readonly TextSpan _title = new(Shorten(heading.Title)) { Style = style };
    private readonly TextSpan _leader = new(" .") { Style = style.Bold(false).FontColor("#8A939F") };

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var height = Lines(available.Width, context, out _).Lines.Sum(l => l.Height);
        if (height > available.Height + 0.01f)
        {
            context.ReportWrap(this, new Size(available.Width, height), available);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(available.Width, height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var layout = Lines(available.Width, context, out var numberWidth);
        var canvas = context.Canvas;
        canvas.BeginTag("TOCI", null, available);
        canvas.BeginTag("P", null, available);
        var y = 0f;
        TextLine last = default;
        foreach (var line in layout.Lines)
        {
            canvas.Translate(indent, 0);
            TextPainter.DrawLine(layout.Pieces, line, y, available.Width - indent - numberWidth - Gap, TextAlignment.Left, canvas);
            canvas.Translate(-indent, 0);
            last = line;
            y += line.Height;
        }

        var resolved = _title.Resolve(context.DefaultStyle, context.Fonts);
        var font = resolved.Fonts.Primary;
        var baseline = y - last.Height + last.Baseline;
        var numberRight = available.Width;
        var number = heading.Page > 0 ? heading.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var width = font.Width(number, resolved.Size);
        canvas.DrawText(number, font, resolved.Size, resolved.Color, numberRight - width, baseline);

        var leader = _leader.Resolve(context.DefaultStyle, context.Fonts);
        var dot = leader.Fonts.Primary.Width(" .", leader.Size);
        var from = indent + last.Width + Gap;
        var dots = (int)((numberRight - numberWidth - Gap - from) / dot);
        if (dots > 0)
        {
            var text = string.Concat(Enumerable.Repeat(" .", dots));
            canvas.BeginTag(SemanticElement.ArtifactTag, null, available);
            canvas.DrawText(text, leader.Fonts.Primary, leader.Size, leader.Color, numberRight - numberWidth - Gap - (dots * dot), baseline);
            canvas.EndTag();
        }

        canvas.EndTag();
        canvas.EndTag();
        canvas.AddSectionLink(0, 0, available.Width, y, heading.Destination);
    }

    public override string Describe() => $"Contents entry \"{heading.Title}\"";

    // Cut between user-perceived characters, so an emoji or a letter with its accents stays whole.
    private static string Shorten(string title)
    {
        if (title.Length <= MaxTitle)
        {
            return title;
        }

        var enumerator = StringInfo.GetTextElementEnumerator(title);
        var end = 0;
        while (enumerator.MoveNext() && enumerator.ElementIndex + enumerator.GetTextElement().Length <= MaxTitle)
        {
            end = enumerator.ElementIndex + enumerator.GetTextElement().Length;
        }

        return string.Concat(title.AsSpan(0, end), "\u2026");
    }

    private TextLines Lines(float width, LayoutContext context, out float numberWidth)
    {
        var resolved = _title.Resolve(context.DefaultStyle, context.Fonts);
        numberWidth = resolved.Fonts.Primary.Width("0000", resolved.Size);
        return TextLayouter.Layout([_title], width - indent - numberWidth - Gap, context, context.DefaultStyle);
    }
}
