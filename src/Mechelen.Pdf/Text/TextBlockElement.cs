using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Text;

/// <summary>
/// A paragraph of styled spans. Splits across pages line by line, keeping at least two lines on each side
/// of a break (widow/orphan control) unless the paragraph could not fit on a page at all.
/// </summary>
internal sealed class TextBlockElement : Element
{
    private const float Epsilon = 0.01f;

    private TextLines? _unbounded;
    private TextStyle? _unboundedStyle;
    private TextLines? _cached;
    private float _cachedWidth = float.NaN;
    private TextStyle? _cachedStyle;
    private int _nextLine;
    private bool _paragraphOpen;

    // The block's style over the document default, kept per default so spans resolve against the same instance (their cache compares references).
    private TextStyle? _styleFor;
    private TextStyle? _style;

    public List<TextSpan> Spans { get; } = [];

    public TextAlignment Alignment { get; set; }

    public TextStyle BlockStyle { get; set; } = TextStyle.Default;

    private bool IsDynamic
    {
        get
        {
            foreach (var span in Spans)
            {
                if (span.Kind != SpanKind.Text)
                {
                    return true;
                }
            }

            return false;
        }
    }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var lines = GetLines(available.Width, context).Lines;
        var remaining = lines.Count - _nextLine;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        var count = LinesThatFit(lines, available, context, out var height, out var width);
        if (count == remaining)
        {
            return SpacePlan.Full(width, height);
        }

        return count == 0 ? SpacePlan.Wrap : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var layout = GetLines(available.Width, context);
        var count = LinesThatFit(layout.Lines, available, context, out _, out _);
        if (count > 0 && !_paragraphOpen && Elements.SemanticElement.IsGrouping(context.Canvas.CurrentTag))
        {
            // Text that no heading, cell or list part claims is a paragraph of the tagged PDF.
            context.Canvas.BeginTag("P", null, new Size(available.Width, 0));
            _paragraphOpen = true;
        }

        var y = 0f;
        for (var i = _nextLine; i < _nextLine + count; i++)
        {
            var line = layout.Lines[i];
            TextPainter.DrawLine(layout.Pieces, line, y, available.Width, Alignment, context.Canvas);
            y += line.Height;
        }

        _nextLine += count;
        if (_nextLine >= layout.Lines.Count)
        {
            _nextLine = 0;
            if (_paragraphOpen)
            {
                context.Canvas.EndTag();
                _paragraphOpen = false;
            }
        }
    }

    public override void ResetPass()
    {
        _nextLine = 0;
        _paragraphOpen = false;
    }

    public override string Describe()
    {
        var text = string.Concat(Spans.Select(s => s.Text));
        return $"Text \"{(text.Length > 40 ? text[..40] + "…" : text)}\"";
    }

    /// <summary>The lines of this block for a width; tests use it to check line breaks.</summary>
    internal TextLines GetLines(float width, LayoutContext context)
    {
        var dynamic = IsDynamic;
        if (float.IsPositiveInfinity(width) && !dynamic)
        {
            // Auto-sized row items measure at unbounded width first: keep that apart from the real width.
            if (_unbounded is null || !ReferenceEquals(_unboundedStyle, context.DefaultStyle))
            {
                _unbounded = TextLayouter.Layout(Spans, width, context, StyleOver(context.DefaultStyle));
                _unboundedStyle = context.DefaultStyle;
            }

            return _unbounded;
        }

        if (_cached is not null && _cachedWidth == width && ReferenceEquals(_cachedStyle, context.DefaultStyle) && !dynamic)
        {
            return _cached;
        }

        _cached = TextLayouter.Layout(Spans, width, context, StyleOver(context.DefaultStyle));
        _cachedWidth = width;
        _cachedStyle = context.DefaultStyle;
        return _cached;
    }

    private TextStyle StyleOver(TextStyle defaultStyle)
    {
        if (_style is null || !ReferenceEquals(_styleFor, defaultStyle))
        {
            _style = BlockStyle.Over(defaultStyle);
            _styleFor = defaultStyle;
        }

        return _style;
    }

    private int LinesThatFit(List<TextLine> lines, Size available, LayoutContext context, out float height, out float width)
    {
        var remaining = lines.Count - _nextLine;
        var fit = 0;
        height = 0;
        width = 0;
        while (fit < remaining && height + lines[_nextLine + fit].Height <= available.Height + Epsilon)
        {
            height += lines[_nextLine + fit].Height;
            fit++;
        }

        var count = fit;
        if (count < remaining)
        {
            // At least two lines before and after a page break; short paragraphs move whole.
            if (remaining - count < 2)
            {
                count = remaining - 2;
            }

            if (_nextLine == 0 && count < 2)
            {
                count = 0;
            }

            if (count <= 0 && RemainingHeight(lines) > context.PageContent.Height)
            {
                count = fit; // could never fit whole: split wherever the page ends
            }

            count = Math.Max(count, 0);
            if (count == 0)
            {
                var needed = fit == 0 ? lines[_nextLine].Height : RemainingHeight(lines);
                context.ReportWrap(this, new Size(available.Width, needed), available);
            }
        }

        height = 0;
        for (var i = _nextLine; i < _nextLine + count; i++)
        {
            height += lines[i].Height;
            width = Math.Max(width, lines[i].Width);
        }

        return count;
    }

    private float RemainingHeight(List<TextLine> lines)
    {
        var h = 0f;
        for (var i = _nextLine; i < lines.Count; i++)
        {
            h += lines[i].Height;
        }

        return h;
    }
}
