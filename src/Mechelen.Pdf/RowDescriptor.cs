using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Adds items to a row.</summary>
public sealed class RowDescriptor
{
    private readonly RowElement _row;
    private readonly DocumentModel _model;

    internal RowDescriptor(RowElement row, DocumentModel model)
    {
        _row = row;
        _model = model;
    }

    /// <summary>Horizontal space between items, in points.</summary>
    /// <param name="value">Spacing.</param>
    public void Spacing(float value) => _row.Spacing = value;

    /// <summary>An item of fixed width.</summary>
    /// <param name="width">Width in points.</param>
    public IContainer ConstantItem(float width) => Add(SizeKind.Constant, width);

    /// <summary>An item sharing the width left by constant and auto items, in proportion to <paramref name="weight"/>.</summary>
    /// <param name="weight">Relative weight.</param>
    public IContainer RelativeItem(float weight = 1) => Add(SizeKind.Relative, weight);

    /// <summary>An item as wide as its content.</summary>
    public IContainer AutoItem() => Add(SizeKind.Auto, 0);

    private Container Add(SizeKind kind, float value)
    {
        var item = new Container(_model);
        _row.Parts.Add((kind, value));
        _row.Items.Add(item);
        return item;
    }
}
