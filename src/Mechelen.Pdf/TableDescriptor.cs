using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Defines a table's columns.</summary>
public sealed class TableColumnsDescriptor
{
    private readonly TableElement _table;

    internal TableColumnsDescriptor(TableElement table) => _table = table;

    /// <summary>A column of fixed width.</summary>
    /// <param name="width">Width in points.</param>
    public void ConstantColumn(float width) => _table.Columns.Add((SizeKind.Constant, width));

    /// <summary>A column sharing the remaining width in proportion to <paramref name="weight"/>.</summary>
    /// <param name="weight">Relative weight.</param>
    public void RelativeColumn(float weight = 1) => _table.Columns.Add((SizeKind.Relative, weight));

    /// <summary>The same as <see cref="ConstantColumn"/>.</summary>
    /// <param name="width">Width in points.</param>
    public void Constant(float width) => ConstantColumn(width);

    /// <summary>The same as <see cref="RelativeColumn"/>.</summary>
    /// <param name="weight">Relative weight.</param>
    public void Relative(float weight = 1) => RelativeColumn(weight);
}

/// <summary>Adds header cells, left to right, starting a new header row when one is full.</summary>
public sealed class TableHeaderDescriptor
{
    private readonly TableDescriptor _table;

    internal TableHeaderDescriptor(TableDescriptor table) => _table = table;

    /// <summary>The next header cell.</summary>
    public IContainer Cell() => _table.AddCell(header: true);
}

/// <summary>Defines a table: columns, header, cells and their look.</summary>
public sealed class TableDescriptor
{
    private readonly TableElement _table;
    private readonly DocumentModel _model;
    private readonly List<Container> _header = [];
    private readonly List<Container> _cells = [];

    internal TableDescriptor(TableElement table, DocumentModel model)
    {
        _table = table;
        _model = model;
    }

    /// <summary>Defines the columns; call before adding cells.</summary>
    /// <param name="describe">Adds constant and relative columns.</param>
    public void ColumnsDefinition(Action<TableColumnsDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        describe(new TableColumnsDescriptor(_table));
    }

    /// <summary>The same as <see cref="ColumnsDefinition"/>.</summary>
    /// <param name="describe">Adds constant and relative columns.</param>
    public void Columns(Action<TableColumnsDescriptor> describe) => ColumnsDefinition(describe);

    /// <summary>Header cells, repeated at the top of the table on every page.</summary>
    /// <param name="describe">Adds header cells.</param>
    public void Header(Action<TableHeaderDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        describe(new TableHeaderDescriptor(this));
    }

    /// <summary>The next body cell, filling rows left to right.</summary>
    public IContainer Cell() => AddCell(header: false);

    /// <summary>Space inside every cell, in points (4 by default).</summary>
    /// <param name="value">Padding.</param>
    public void CellPadding(float value) => _table.CellPadding = value;

    /// <summary>Lines around every cell.</summary>
    /// <param name="width">Line width in points.</param>
    /// <param name="color">"#RRGGBB".</param>
    public void Border(float width = 0.5f, string color = "#BFC5CE")
    {
        _table.BorderWidth = width;
        _table.BorderColor = Rgb.Parse(color);
    }

    /// <summary>Background of the header rows.</summary>
    /// <param name="color">"#RRGGBB".</param>
    public void HeaderBackground(string color) => _table.HeaderBackground = Rgb.Parse(color);

    /// <summary>Background of every second body row.</summary>
    /// <param name="color">"#RRGGBB".</param>
    public void ZebraBackground(string color) => _table.ZebraBackground = Rgb.Parse(color);

    /// <summary>Moves a row that does not fit to the next page instead of splitting it.</summary>
    /// <param name="value">Whether to keep rows whole.</param>
    public void KeepRowsTogether(bool value = true) => _table.KeepRowsTogether = value;

    /// <summary>A row taller than a page, the only kind that splits when rows are kept together, repeats its first cell (its id) where it continues.</summary>
    public void RepeatFirstCellWhenSplit() => _table.RepeatFirstCellWhenSplit = true;

    internal IContainer AddCell(bool header)
    {
        if (_table.Columns.Count == 0)
        {
            throw new InvalidOperationException("Call ColumnsDefinition before adding cells.");
        }

        var cell = new Container(_model);
        (header ? _header : _cells).Add(cell);
        return cell;
    }

    internal void Complete()
    {
        Fill(_header, _table.HeaderRows);
        Fill(_cells, _table.Rows);
    }

    private void Fill(List<Container> cells, List<Container?[]> rows)
    {
        var columns = _table.Columns.Count;
        for (var i = 0; i < cells.Count; i += columns)
        {
            var row = new Container?[columns];
            for (var c = 0; c < columns && i + c < cells.Count; c++)
            {
                row[c] = cells[i + c];
            }

            rows.Add(row);
        }
    }
}
