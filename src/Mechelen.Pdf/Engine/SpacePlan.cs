namespace Mechelen.Pdf.Engine;

internal readonly record struct Size(float Width, float Height)
{

    public override string ToString() => $"{Width:0.#} × {Height:0.#} pt";
}

internal enum SpaceKind
{
    /// <summary>Nothing to draw (hidden or already drawn).</summary>
    Empty,

    /// <summary>Does not fit here; try again on the next page.</summary>
    Wrap,

    /// <summary>Part fits; the rest continues on the next page.</summary>
    Partial,

    /// <summary>Everything fits.</summary>
    Full,
}

internal readonly record struct SpacePlan(SpaceKind Kind, float Width, float Height)
{
    public static SpacePlan Empty { get; } = new(SpaceKind.Empty, 0, 0);

    public static SpacePlan Wrap { get; } = new(SpaceKind.Wrap, 0, 0);

    public static SpacePlan Full(float width, float height) => new(SpaceKind.Full, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpaceKind.Partial, width, height);

    public bool IsWrap => Kind == SpaceKind.Wrap;

    public bool IsEmpty => Kind == SpaceKind.Empty;
}
