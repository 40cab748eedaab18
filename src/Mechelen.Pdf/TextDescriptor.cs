using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf;

/// <summary>Builds a paragraph from spans; sets its alignment and line height.</summary>
public sealed class TextDescriptor
{
    private readonly TextBlockElement _block;
    private readonly DocumentModel _model;

    internal TextDescriptor(TextBlockElement block, DocumentModel model)
    {
        _block = block;
        _model = model;
    }

    /// <summary>Adds text.</summary>
    /// <param name="text">The text; "\n" starts a new line.</param>
    public TextSpanDescriptor Span(string text) => Add(new TextSpan(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Adds text followed by a line break.</summary>
    /// <param name="text">The text.</param>
    public TextSpanDescriptor Line(string text) => Span(text + "\n");

    /// <summary>Adds the number of the page being drawn.</summary>
    public TextSpanDescriptor CurrentPage() => Add(new TextSpan(string.Empty, SpanKind.CurrentPage));

    /// <summary>Adds the number of pages in the document.</summary>
    public TextSpanDescriptor TotalPages()
    {
        _model.NeedsTwoPasses = true;
        return Add(new TextSpan(string.Empty, SpanKind.TotalPages));
    }

    /// <summary>Adds text that links to a web address.</summary>
    /// <param name="text">The link text.</param>
    /// <param name="url">Absolute URL.</param>
    public TextSpanDescriptor Hyperlink(string text, string url) => Add(new TextSpan(text) { Url = url });

    /// <summary>Adds text that links to a named section (see <see cref="ContainerExtensions.Section"/>).</summary>
    /// <param name="text">The link text.</param>
    /// <param name="section">The section name.</param>
    public TextSpanDescriptor SectionLink(string text, string section) => Add(new TextSpan(text) { Section = section });

    /// <summary>Lines start at the left (the default).</summary>
    public TextDescriptor AlignLeft() => Align(TextAlignment.Left);

    /// <summary>Lines are centred.</summary>
    public TextDescriptor AlignCenter() => Align(TextAlignment.Center);

    /// <summary>Lines end at the right.</summary>
    public TextDescriptor AlignRight() => Align(TextAlignment.Right);

    /// <summary>Lines fill the width by widening spaces, except the last line of each paragraph.</summary>
    public TextDescriptor Justify() => Align(TextAlignment.Justify);

    /// <summary>Line height as a multiple of the font size.</summary>
    /// <param name="factor">E.g. 1.35.</param>
    public TextDescriptor LineHeight(float factor)
    {
        _block.BlockStyle = _block.BlockStyle.LineHeight(factor);
        return this;
    }

    /// <summary>The style spans of this paragraph inherit.</summary>
    /// <param name="style">The style.</param>
    public TextDescriptor DefaultTextStyle(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _block.BlockStyle = style.Over(_block.BlockStyle);
        return this;
    }

    private TextDescriptor Align(TextAlignment alignment)
    {
        _block.Alignment = alignment;
        return this;
    }

    private TextSpanDescriptor Add(TextSpan span)
    {
        _block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }
}
