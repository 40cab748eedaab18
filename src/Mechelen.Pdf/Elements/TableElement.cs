using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>
/// A grid of cells with constant and relative columns. Header rows repeat on every page; body rows split
/// across pages unless <see cref="KeepRowsTogether"/> is set (a row taller than a page still splits).
/// </summary>
internal sealed class TableElement : Element
{
    private const float Epsilon = 0.01f;

    private readonly List<(int Row, float Height, bool Partial)> _placed = [];
    private bool[] _cellDone = [];
    private int _nextRow;
    private bool _open;

    public List<(SizeKind Kind, float Value)> Columns { get; } = [];

    public List<Container?[]> HeaderRows { get; } = [];

    public List<Container?[]> Rows { get; } = [];

    public float CellPadding { get; set; } = 4;

    public float BorderWidth { get; set; }

    public Rgb BorderColor { get; set; } = new(0xBF, 0xC5, 0xCE);

    public Rgb? HeaderBackground { get; set; }

    public Rgb? ZebraBackground { get; set; }

    public bool KeepRowsTogether { get; set; }

    /// <summary>A row split over pages shows its first cell (its id) again where it continues.</summary>
    public bool RepeatFirstCellWhenSplit { get; set; }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var widths = Sizing.Widths(Columns, available.Width, 0, _ => 0);
        var complete = Plan(available, widths, context, out var height);
        if (_placed.Count == 0 && !complete)
        {
            return SpacePlan.Wrap;
        }

        return complete ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var widths = Sizing.Widths(Columns, available.Width, 0, _ => 0);
        var complete = Plan(available, widths, context, out var total);
        var canvas = context.Canvas;
        var first = !_open;
        if (first)
        {
            canvas.BeginTag("Table", null, new Size(available.Width, total));
            _open = true;
        }

        // The header is structure once; where it repeats on the next pages it is an artifact.
        var y = 0f;
        foreach (var header in HeaderRows)
        {
            var height = RowHeight(header, widths, float.PositiveInfinity, context, false).Height;
            canvas.BeginTag(first ? "TR" : SemanticElement.ArtifactTag, null, new Size(available.Width, height));
            DrawRow(header, widths, y, height, HeaderBackground, false, context);
            canvas.EndTag();
            y += height;
        }

        foreach (var (row, height, partial) in _placed)
        {
            canvas.BeginTag("TR", null, new Size(available.Width, height));
            DrawRow(Rows[row], widths, y, height, row % 2 == 1 ? ZebraBackground : null, true, context);
            canvas.EndTag();
            y += height;
            _nextRow = partial ? row : row + 1;
            if (!partial)
            {
                Array.Clear(_cellDone);
            }
            else if (RepeatFirstCellWhenSplit && _cellDone.Length > 0)
            {
                _cellDone[0] = false;
            }
        }

        if (complete)
        {
            _nextRow = 0;
            canvas.EndTag();
            _open = false;
        }
    }

    public override void ResetPass()
    {
        _nextRow = 0;
        _open = false;
        Array.Clear(_cellDone);
        foreach (var row in HeaderRows.Concat(Rows))
        {
            foreach (var cell in row)
            {
                cell?.Element.ResetPass();
            }
        }
    }

    public override string Describe() => $"Table row {_nextRow + 1} of {Rows.Count}";

    private bool Plan(Size available, float[] widths, LayoutContext context, out float height)
    {
        _placed.Clear();
        var headerHeight = 0f;
        foreach (var header in HeaderRows)
        {
            headerHeight += RowHeight(header, widths, float.PositiveInfinity, context, false).Height;
        }

        height = headerHeight;
        if (headerHeight > available.Height + Epsilon)
        {
            context.ReportWrap(this, new Size(available.Width, headerHeight), available);
            return false;
        }

        for (var r = _nextRow; r < Rows.Count; r++)
        {
            var room = available.Height - height;
            var (kind, rowHeight) = RowHeight(Rows[r], widths, room, context, r == _nextRow);
            if (kind == SpaceKind.Full || kind == SpaceKind.Empty)
            {
                _placed.Add((r, rowHeight, false));
                height += rowHeight;
                continue;
            }

            // A row kept together moves to the next page when it would fit there whole; one taller than a page starts here.
            if (kind == SpaceKind.Partial && !(KeepRowsTogether && FitsOnEmptyPage(r, widths, headerHeight, context)))
            {
                _placed.Add((r, rowHeight, true));
                height += rowHeight;
            }

            if (_placed.Count == 0)
            {
                context.ReportWrap(this, new Size(available.Width, headerHeight + rowHeight), available);
            }

            return false;
        }

        return true;
    }

    private bool FitsOnEmptyPage(int row, float[] widths, float headerHeight, LayoutContext context) =>
        RowHeight(Rows[row], widths, context.PageContent.Height - headerHeight, context, true).Kind == SpaceKind.Full;

    private (SpaceKind Kind, float Height) RowHeight(Container?[] cells, float[] widths, float room, LayoutContext context, bool resuming)
    {
        var pad = 2 * CellPadding;
        var height = pad;
        var partial = false;
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is not { } cell || (resuming && c < _cellDone.Length && _cellDone[c]))
            {
                continue;
            }

            var plan = cell.Element.Measure(new Size(Math.Max(0, widths[c] - pad), Math.Max(0, room - pad)), context);
            if (plan.IsWrap)
            {
                return (SpaceKind.Wrap, pad);
            }

            partial |= plan.Kind == SpaceKind.Partial;
            height = Math.Max(height, plan.Height + pad);
        }

        return (partial ? SpaceKind.Partial : SpaceKind.Full, height);
    }

    private void DrawRow(Container?[] cells, float[] widths, float y, float height, Rgb? background, bool body, LayoutContext context)
    {
        var canvas = context.Canvas;
        var pad = CellPadding;
        if (background is { } fill)
        {
            canvas.FillRectangle(0, y, Sum(widths), height, fill);
        }

        if (body && _cellDone.Length != cells.Length)
        {
            _cellDone = new bool[cells.Length];
        }

        var x = 0f;
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } cell && !(body && _cellDone[c]))
            {
                var inner = new Size(Math.Max(0, widths[c] - (2 * pad)), Math.Max(0, height - (2 * pad)));
                var plan = cell.Element.Measure(inner, context);
                canvas.Translate(x + pad, y + pad);
                var tagged = canvas.CurrentTag == "TR";
                if (tagged)
                {
                    canvas.BeginTag(body ? "TD" : "TH", null, inner);
                }

                cell.Element.Draw(inner, context);
                if (tagged)
                {
                    canvas.EndTag();
                }

                canvas.Translate(-x - pad, -y - pad);
                if (body)
                {
                    _cellDone[c] = plan.Kind is SpaceKind.Full or SpaceKind.Empty;
                }
            }

            x += widths[c];
        }

        // The row's rules in one artifact after its cells: fewer marked-content switches in a tagged PDF.
        if (BorderWidth > 0)
        {
            canvas.BeginTag(SemanticElement.ArtifactTag, null, new Size(x, height));
            x = 0f;
            foreach (var width in widths)
            {
                canvas.StrokeRectangle(x, y, width, height, BorderWidth, BorderColor);
                x += width;
            }

            canvas.EndTag();
        }
    }

    private static float Sum(float[] values)
    {
        var total = 0f;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }
}
