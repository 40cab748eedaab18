namespace Mechelen.Pdf.Engine;

/// <summary>
/// A layout element. <see cref="Measure"/> has no side effects; <see cref="Draw"/> draws what fits in the
/// space it is given and, when only part fits, remembers where to resume on the next page. An element that
/// finishes drawing resets its own progress so it can be drawn again (repeated headers, footers).
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(Size available, LayoutContext context);

    public abstract void Draw(Size available, LayoutContext context);

    /// <summary>Whether a column should move this element to the next page with the element that follows it (headings).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Forgets all progress, including "shown once" flags, before a new layout pass.</summary>
    public virtual void ResetPass()
    {
    }

    /// <summary>A short description for error messages.</summary>
    public virtual string Describe() => GetType().Name.Replace("Element", string.Empty, StringComparison.Ordinal);
}

internal sealed class EmptyElement : Element
{
    public static EmptyElement Instance { get; } = new();

    public override SpacePlan Measure(Size available, LayoutContext context) => SpacePlan.Empty;

    public override void Draw(Size available, LayoutContext context)
    {
    }
}
