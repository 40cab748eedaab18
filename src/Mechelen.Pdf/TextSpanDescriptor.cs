using Mechelen.Pdf.Text;

namespace Mechelen.Pdf;

/// <summary>Styles one span of text.</summary>
public sealed class TextSpanDescriptor
{
    private readonly TextSpan _span;

    internal TextSpanDescriptor(TextSpan span) => _span = span;

    /// <summary>Applies a style; values it sets override those set before.</summary>
    /// <param name="style">The style.</param>
    public TextSpanDescriptor Style(TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return Set(style.Over(_span.Style));
    }

    /// <summary>Font family.</summary>
    /// <param name="family">E.g. "DejaVu Serif".</param>
    public TextSpanDescriptor FontFamily(string family) => Set(_span.Style.FontFamily(family));

    /// <summary>Font size in points.</summary>
    /// <param name="size">Size.</param>
    public TextSpanDescriptor FontSize(float size) => Set(_span.Style.FontSize(size));

    /// <summary>Bold.</summary>
    public TextSpanDescriptor Bold() => Set(_span.Style.Bold());

    /// <summary>Italic.</summary>
    public TextSpanDescriptor Italic() => Set(_span.Style.Italic());

    /// <summary>Underlined.</summary>
    public TextSpanDescriptor Underline() => Set(_span.Style.Underline());

    /// <summary>Colour.</summary>
    /// <param name="hex">"#RRGGBB".</param>
    public TextSpanDescriptor FontColor(string hex) => Set(_span.Style.FontColor(hex));

    /// <summary>Line height as a multiple of the font size.</summary>
    /// <param name="factor">E.g. 1.35.</param>
    public TextSpanDescriptor LineHeight(float factor) => Set(_span.Style.LineHeight(factor));

    private TextSpanDescriptor Set(TextStyle style)
    {
        _span.Style = style;
        return this;
    }
}
