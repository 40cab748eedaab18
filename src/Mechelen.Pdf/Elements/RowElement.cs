using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Places items side by side: constant widths, auto widths, and relative shares of the rest.</summary>
internal sealed class RowElement : Element
{
    private bool[] _done = [];
    private float[]? _widths;
    private float _widthsFor = float.NaN;

    public List<(SizeKind Kind, float Value)> Parts { get; } = [];

    public List<Container> Items { get; } = [];

    public float Spacing { get; set; }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var widths = Widths(available.Width, context);
        var total = Total(widths);
        if (total > available.Width + 0.01f)
        {
            context.ReportWrap(this, new Size(total, 0), available);
            return SpacePlan.Wrap;
        }

        var height = 0f;
        var partial = false;
        var any = false;
        for (var i = 0; i < Items.Count; i++)
        {
            if (IsDone(i))
            {
                continue;
            }

            var plan = Items[i].Element.Measure(new Size(widths[i], available.Height), context);
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            any |= !plan.IsEmpty;
            partial |= plan.Kind == SpaceKind.Partial;
            height = Math.Max(height, plan.Height);
        }

        if (!any)
        {
            return SpacePlan.Empty;
        }

        return partial ? SpacePlan.Partial(total, height) : SpacePlan.Full(total, height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var widths = Widths(available.Width, context);
        var plans = new SpacePlan[Items.Count];
        var partial = false;
        for (var i = 0; i < Items.Count; i++)
        {
            plans[i] = IsDone(i) ? SpacePlan.Empty : Items[i].Element.Measure(new Size(widths[i], available.Height), context);
            partial |= plans[i].Kind == SpaceKind.Partial;
        }

        if (_done.Length != Items.Count)
        {
            _done = new bool[Items.Count];
        }

        var x = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            if (!plans[i].IsEmpty)
            {
                context.Canvas.Translate(x, 0);
                Items[i].Element.Draw(new Size(widths[i], available.Height), context);
                context.Canvas.Translate(-x, 0);
            }

            _done[i] = partial && plans[i].Kind is SpaceKind.Full or SpaceKind.Empty;
            x += widths[i] + Spacing;
        }

        if (!partial)
        {
            _widths = null;
        }
    }

    public override void ResetPass()
    {
        _widths = null;
        Array.Clear(_done);
        foreach (var item in Items)
        {
            item.Element.ResetPass();
        }
    }

    /// <summary>
    /// The widths of the items for an available width; tests check them. They are kept while the row is drawn
    /// over several pages, so an auto item is measured at full length once, and the columns stay put.
    /// </summary>
    internal float[] Widths(float available, LayoutContext context)
    {
        if (_widths is not null && _widthsFor == available)
        {
            return _widths;
        }

        var widths = Sizing.Widths(Parts, available, Spacing, i => Items[i].Element.Measure(new Size(float.PositiveInfinity, float.PositiveInfinity), context).Width);
        if (Parts.Any(p => p.Kind == SizeKind.Auto))
        {
            _widths = widths;
            _widthsFor = available;
        }

        return widths;
    }

    private bool IsDone(int i) => i < _done.Length && _done[i];

    private float Total(float[] widths)
    {
        var total = Spacing * Math.Max(0, widths.Length - 1);
        foreach (var w in widths)
        {
            total += w;
        }

        return total;
    }
}
