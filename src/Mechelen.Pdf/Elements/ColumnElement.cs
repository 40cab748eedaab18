using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Stacks items vertically with spacing; resumes at the first unfinished item on the next page.</summary>
internal sealed class ColumnElement : Element
{
    private readonly List<(int Index, SpacePlan Plan, float Y)> _placed = [];
    private int _next;

    public List<Container> Items { get; } = [];

    public float Spacing { get; set; }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var complete = Plan(available, context);
        if (_placed.Count == 0)
        {
            return complete ? SpacePlan.Empty : SpacePlan.Wrap;
        }

        var width = 0f;
        foreach (var (_, plan, _) in _placed)
        {
            width = Math.Max(width, plan.Width);
        }

        var (_, lastPlan, lastY) = _placed[^1];
        var height = lastY + lastPlan.Height;
        return complete ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var complete = Plan(available, context);
        foreach (var (index, plan, y) in _placed)
        {
            context.Canvas.Translate(0, y);
            Items[index].Element.Draw(new Size(available.Width, plan.Height), context);
            context.Canvas.Translate(0, -y);
            _next = plan.Kind == SpaceKind.Partial ? index : index + 1;
        }

        if (complete)
        {
            _next = 0;
        }
        else if (_placed.Count > 0 && _placed[^1].Plan.Kind != SpaceKind.Partial)
        {
            _next = _placed[^1].Index + 1;
        }
    }

    public override void ResetPass()
    {
        _next = 0;
        foreach (var item in Items)
        {
            item.Element.ResetPass();
        }
    }

    public override string Describe() => $"Column item {_next + 1} of {Items.Count}";

    /// <summary>
    /// A heading never ends a page: headings placed just before an item that does not fit move to the next page
    /// with it. When that leaves nothing here the whole column moves (its parent places it on the next page),
    /// unless the headings and the item would not fit together on an empty page either.
    /// </summary>
    private void KeepHeadingsWithNext(int next, Size available, LayoutContext context)
    {
        var keep = _placed.Count;
        while (keep > 0 && Items[_placed[keep - 1].Index].Element.KeepWithNext)
        {
            keep--;
        }

        if (keep == _placed.Count)
        {
            return;
        }

        if (keep == 0)
        {
            var (_, lastPlan, lastY) = _placed[^1];
            var headings = lastY + lastPlan.Height + Spacing;
            var room = context.PageContent.Height - headings;
            if (room <= 0 || Items[next].Element.Measure(new Size(available.Width, room), context).IsWrap)
            {
                return;
            }
        }

        _placed.RemoveRange(keep, _placed.Count - keep);
    }

    /// <summary>Fills <see cref="_placed"/> with what fits; returns true when every item is placed completely.</summary>
    private bool Plan(Size available, LayoutContext context)
    {
        _placed.Clear();
        var y = 0f;
        for (var i = _next; i < Items.Count; i++)
        {
            var element = Items[i].Element;
            var gap = _placed.Count > 0 ? Spacing : 0;
            var room = available.Height - y - gap;
            var plan = room < 0 ? SpacePlan.Wrap : element.Measure(new Size(available.Width, room), context);
            if (plan.IsEmpty)
            {
                continue;
            }

            if (plan.IsWrap)
            {
                KeepHeadingsWithNext(i, available, context);
                return false;
            }

            _placed.Add((i, plan, y + gap));
            y += gap + plan.Height;
            if (plan.Kind == SpaceKind.Partial)
            {
                return false;
            }
        }

        return true;
    }
}
