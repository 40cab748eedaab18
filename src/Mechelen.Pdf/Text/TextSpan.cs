using Mechelen.Pdf.Engine;
using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Text;

internal enum SpanKind
{
    Text,
    CurrentPage,
    TotalPages,
}

internal enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A span's style with every value decided and the font chain looked up.</summary>
internal sealed record ResolvedStyle(FontChain Fonts, float Size, Rgb Color, bool Underline, float LineHeight);

/// <summary>A run of text sharing one style, possibly a page-number placeholder or a link.</summary>
internal sealed class TextSpan(string text, SpanKind kind = SpanKind.Text)
{
    private TextStyle? _resolvedFor;
    private ResolvedStyle? _resolved;

    public string Text { get; } = WithoutAstralCharacters(text);

    public SpanKind Kind { get; } = kind;

    public TextStyle Style { get; set; } = TextStyle.Default;

    public string? Url { get; set; }

    public string? Section { get; set; }

    public string Content(LayoutContext context) => Kind switch
    {
        SpanKind.CurrentPage => context.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SpanKind.TotalPages => (context.TotalPages ?? Math.Max(context.PageNumber, 10)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => Text,
    };

    /// <summary>
    /// Characters outside the Basic Multilingual Plane (emoji…) are not measured or mapped by the fonts we read;
    /// they become U+FFFD, a visible replacement mark, rather than a wrong glyph.
    /// </summary>
    private static string WithoutAstralCharacters(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    public ResolvedStyle Resolve(TextStyle parent, FontCatalog fonts)
    {
        if (_resolved is not null && ReferenceEquals(parent, _resolvedFor))
        {
            return _resolved;
        }

        var s = Style.Over(parent);
        _resolved = new ResolvedStyle(
            fonts.Chain(s.Family, s.IsBold ?? false, s.IsItalic ?? false),
            s.Size ?? 10,
            s.Color is null ? Rgb.Black : Rgb.Parse(s.Color),
            s.IsUnderlined ?? false,
            s.LineHeightFactor ?? 1.2f);
        _resolvedFor = parent;
        return _resolved;
    }
}
