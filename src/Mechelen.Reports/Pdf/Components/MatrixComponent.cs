using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The level × actor matrix as a heat map: cells shaded by count, empty cells left empty, with a legend.</summary>
internal sealed class MatrixComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.Column(col =>
    {
        var t = report.Text;
        var m = report.Matrix;
        col.Spacing(6);
        Typography.Heading(col, 1, t.Matrix);
        col.Item().Text(t.MatrixIntro).Style(Typography.Small);
        if (m.IsEmpty)
        {
            Typography.EmptyNote(col, t.NoMatrix);
            return;
        }

        col.Item().PaddingTop(4).Table(table =>
        {
            table.ColumnsDefinition(d =>
            {
                d.RelativeColumn();
                foreach (var _ in m.Levels)
                {
                    d.ConstantColumn(60);
                }

                d.ConstantColumn(46);
            });
            table.Border(0.5f, Typography.Rule);
            table.HeaderBackground(Typography.HeaderFill);
            table.CellPadding(0);
            table.KeepRowsTogether();
            table.Header(h =>
            {
                h.Cell().Padding(3).Text(t.ActorAddressed).Bold().FontSize(8);
                foreach (var level in m.Levels)
                {
                    // "Regional (sub-national)": the qualifier goes on its own, smaller line to fit the column.
                    var cut = level.IndexOf(" (", StringComparison.Ordinal);
                    h.Cell().Padding(3).AlignCenter().Text(x =>
                    {
                        x.AlignCenter();
                        x.Span(cut < 0 ? level : level[..cut]).Bold().FontSize(8);
                        if (cut >= 0)
                        {
                            x.Span("\n" + level[(cut + 1)..]).FontSize(6.5f);
                        }
                    });
                }

                h.Cell().Padding(3).AlignCenter().Text(t.AnyLevel).Bold().FontSize(8);
            });
            foreach (var row in m.Rows)
            {
                table.Cell().Padding(3).Text(row.Actor).Style(Typography.Cell);
                foreach (var count in row.Counts)
                {
                    Shaded(table.Cell(), m.Shade(count), count == 0 ? "" : t.Number(count));
                }

                table.Cell().Padding(3).AlignCenter().Text(t.Number(row.Total)).Bold().Style(Typography.Cell);
            }

            table.Cell().Padding(3).Text(t.AnyActor).Bold().Style(Typography.Cell);
            foreach (var total in m.LevelTotals)
            {
                table.Cell().Padding(3).AlignCenter().Text(t.Number(total)).Bold().Style(Typography.Cell);
            }

            table.Cell().Padding(3).AlignCenter().Text(t.Number(m.Total)).Bold().Style(Typography.Cell);
        });

        col.Item().PaddingTop(4).Row(legend =>
        {
            legend.Spacing(6);
            legend.AutoItem().Text(t.MatrixLegend).Style(Typography.Small);
            foreach (var (shade, from, to) in m.Legend())
            {
                legend.ConstantItem(14).Height(10).Background(Typography.Shades[shade - 1]);
                legend.AutoItem().Text(from == to ? t.Number(from) : t.LegendStep(t.Number(from), t.Number(to))).Style(Typography.Small);
            }

            legend.AutoItem().Text(t.MatrixLegendEmpty).Style(Typography.Small);
        });
    });

    private static void Shaded(IContainer cell, int shade, string text)
    {
        var filled = shade > 0 ? cell.Background(Typography.Shades[shade - 1]) : cell;
        filled.Padding(3).AlignCenter().Text(text).FontSize(8.5f).FontColor(shade >= 3 ? "#FFFFFF" : Typography.Ink);
    }
}
