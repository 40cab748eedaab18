using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Adds items to a column.</summary>
public sealed class ColumnDescriptor
{
    private readonly ColumnElement _column;
    private readonly DocumentModel _model;

    internal ColumnDescriptor(ColumnElement column, DocumentModel model)
    {
        _column = column;
        _model = model;
    }

    /// <summary>Vertical space between items, in points.</summary>
    /// <param name="value">Spacing.</param>
    public void Spacing(float value) => _column.Spacing = value;

    /// <summary>Adds an item below the previous one.</summary>
    public IContainer Item()
    {
        var item = new Container(_model);
        _column.Items.Add(item);
        return item;
    }
}
