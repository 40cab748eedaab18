namespace Mechelen.Pdf;

/// <summary>A page size in points (1/72 inch).</summary>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
public readonly record struct PageSize(float Width, float Height)
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = new(595.28f, 841.89f);

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public static PageSize Letter { get; } = new(612, 792);

    /// <summary>The same size turned sideways.</summary>
    public PageSize Landscape() => new(Math.Max(Width, Height), Math.Min(Width, Height));
}
