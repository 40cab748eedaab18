namespace Mechelen.Pdf.Engine;

/// <summary>
/// A layout element. <see cref="Measure"/> has no side effects; <see cref="Draw"/> draws what fits in the
/// space it is given and, when only part fits, remembers where to resume on the next page. An element that
/// finishes drawing resets its own progress so it can be drawn again (repeated headers, footers).
/// </summary>
internal abstract class Element
{
    // The last two measures, valid within one page of one pass (the context's epoch) until the element
    // draws. Parents measure a child at most at two sizes (the room left and a whole page), so nested
    // containers are measured once per size instead of twice per level of nesting.
    private Size _size1;
    private Size _size2;
    private SpacePlan _plan1;
    private SpacePlan _plan2;
    private long _epoch1 = -1;
    private long _epoch2 = -1;

    public SpacePlan Measure(Size available, LayoutContext context)
    {
        var epoch = context.MeasureEpoch;
        if (_epoch1 == epoch && _size1 == available)
        {
            return _plan1;
        }

        if (_epoch2 == epoch && _size2 == available)
        {
            return _plan2;
        }

        context.Measures++;
        var plan = MeasureCore(available, context);
        (_size2, _plan2, _epoch2) = (_size1, _plan1, _epoch1);
        (_size1, _plan1, _epoch1) = (available, plan, epoch);
        return plan;
    }

    public void Draw(Size available, LayoutContext context)
    {
        _epoch1 = _epoch2 = -1;
        DrawCore(available, context);
        _epoch1 = _epoch2 = -1;
    }

    protected abstract SpacePlan MeasureCore(Size available, LayoutContext context);

    protected abstract void DrawCore(Size available, LayoutContext context);

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

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => SpacePlan.Empty;

    protected override void DrawCore(Size available, LayoutContext context)
    {
    }
}
