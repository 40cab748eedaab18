using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>
/// An immutable text style. Unset values are inherited from the enclosing style (span, text block, page default).
/// </summary>
public sealed record TextStyle
{
    /// <summary>A style that sets nothing and so inherits everything.</summary>
    public static TextStyle Default { get; } = new();

    /// <summary>Font family name, e.g. "DejaVu Sans".</summary>
    public string? Family { get; init; }

    /// <summary>Font size in points.</summary>
    public float? Size { get; init; }

    /// <summary>Bold weight.</summary>
    public bool? IsBold { get; init; }

    /// <summary>Italic.</summary>
    public bool? IsItalic { get; init; }

    /// <summary>Colour as "#RRGGBB".</summary>
    public string? Color { get; init; }

    /// <summary>Underlined.</summary>
    public bool? IsUnderlined { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float? LineHeightFactor { get; init; }

    /// <summary>Returns a copy with the font family set.</summary>
    /// <param name="family">Family name.</param>
    public TextStyle FontFamily(string family) => this with { Family = family };

    /// <summary>Returns a copy with the size set.</summary>
    /// <param name="size">Size in points.</param>
    public TextStyle FontSize(float size) => this with { Size = size > 0 ? size : throw new ArgumentOutOfRangeException(nameof(size)) };

    /// <summary>Returns a copy in bold (or not).</summary>
    /// <param name="value">Whether bold.</param>
    public TextStyle Bold(bool value = true) => this with { IsBold = value };

    /// <summary>Returns a copy in italic (or not).</summary>
    /// <param name="value">Whether italic.</param>
    public TextStyle Italic(bool value = true) => this with { IsItalic = value };

    /// <summary>Returns a copy underlined (or not).</summary>
    /// <param name="value">Whether underlined.</param>
    public TextStyle Underline(bool value = true) => this with { IsUnderlined = value };

    /// <summary>Returns a copy with the colour set.</summary>
    /// <param name="hex">"#RRGGBB" or "#AARRGGBB".</param>
    public TextStyle FontColor(string hex)
    {
        Rgb.Parse(hex);
        return this with { Color = hex };
    }

    /// <summary>Returns a copy with the line height set.</summary>
    /// <param name="factor">Multiple of the font size, e.g. 1.35.</param>
    public TextStyle LineHeight(float factor) => this with { LineHeightFactor = factor > 0 ? factor : throw new ArgumentOutOfRangeException(nameof(factor)) };

    /// <summary>This style with unset values taken from <paramref name="parent"/>.</summary>
    internal TextStyle Over(TextStyle? parent) => parent is null ? this : new TextStyle
    {
        Family = Family ?? parent.Family,
        Size = Size ?? parent.Size,
        IsBold = IsBold ?? parent.IsBold,
        IsItalic = IsItalic ?? parent.IsItalic,
        Color = Color ?? parent.Color,
        IsUnderlined = IsUnderlined ?? parent.IsUnderlined,
        LineHeightFactor = LineHeightFactor ?? parent.LineHeightFactor,
    };
}
