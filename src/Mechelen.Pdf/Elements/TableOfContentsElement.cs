using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf.Elements;

/// <summary>
/// Lists the document's headings with dot leaders and page numbers. The entries are known when layout starts
/// (headings register while the document is described); the page numbers come from the first pass, and the
/// width they take is reserved in both passes so the list has the same height each time.
/// </summary>
internal sealed class TableOfContentsElement(DocumentModel model, int maxLevel, TextStyle style) : Element
{
    private ColumnElement? _column;
    private bool _open;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Column().Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var column = Column();
        var plan = column.Measure(available, context);
        if (!_open)
        {
            context.Canvas.BeginTag("TOC", null, new Size(plan.Width, plan.Height));
            _open = true;
        }

        column.Draw(available, context);
        if (plan.Kind == SpaceKind.Full)
        {
            context.Canvas.EndTag();
            _open = false;
        }
    }

    public override void ResetPass()
    {
        _open = false;
        _column?.ResetPass();
    }

    public override string Describe() => "Table of contents";

    private ColumnElement Column()
    {
        if (_column is not null)
        {
            return _column;
        }

        _column = new ColumnElement { Spacing = 3 };
        foreach (var heading in model.Headings)
        {
            if (heading.Level <= maxLevel)
            {
                var entryStyle = heading.Level == 1 ? style.Bold() : style;
                var container = new Container(model);
                container.Set(new TocEntryElement(heading, entryStyle, (heading.Level - 1) * 14));
                _column.Items.Add(container);
            }
        }

        return _column;
    }
}
