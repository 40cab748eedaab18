using Mechelen.Pdf;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

public static partial class OutcomeReportPdf
{
    private static void ComposeAnnexes(ColumnDescriptor col, Model r)
    {
        col.Item().Heading(1, "Annexes").FontColor(Accent);

        col.Item().PaddingTop(4).Heading(2, "Annex 1. Programme").FontColor(Accent);
        if (r.Programme.Count == 0)
        {
            Empty(col, "The programme has no sessions.");
        }
        else
        {
            col.Item().Table(t =>
            {
                t.ColumnsDefinition(d =>
                {
                    d.ConstantColumn(110);
                    d.RelativeColumn(3);
                    d.RelativeColumn(1.2f);
                });
                TableLook(t);
                t.Header(h =>
                {
                    h.Cell().Text("When").Bold();
                    h.Cell().Text("Session").Bold();
                    h.Cell().Text("Kind").Bold();
                });
                foreach (var s in r.Programme)
                {
                    t.Cell().Text($"{s.StartsAt.ToString("ddd d MMM, HH:mm", En)}–{s.EndsAt.ToString("HH:mm", En)}");
                    t.Cell().Text(s.Room is null ? s.Title : $"{s.Title}\n{s.Room}");
                    t.Cell().Text(KindName(s.Kind));
                }
            });
        }

        col.Item().PaddingTop(10).Heading(2, "Annex 2. Methodology").FontColor(Accent);
        foreach (var (title, text) in ReportBuilder.Describe(r.Methodology, r.Event.City, r.IsFinal))
        {
            col.Item().Text(t =>
            {
                t.Span(title + ". ").Bold();
                t.Span(text);
            });
        }

        col.Item().PaddingTop(10).Heading(2, "Annex 3. Validated recommendations").FontColor(Accent);
        col.Item().Text("Every validated contribution in the scope of this report, by id; the same rows as the Excel export.").Style(Small);
        if (r.Annex.Count == 0)
        {
            Empty(col, "No recommendation has been validated yet.");
            return;
        }

        col.Item().Table(t =>
        {
            t.ColumnsDefinition(d =>
            {
                d.ConstantColumn(42);
                d.RelativeColumn(1.3f);
                d.RelativeColumn(1.2f);
                d.RelativeColumn(3.5f);
            });
            TableLook(t);
            t.Header(h =>
            {
                h.Cell().Text("Id").Bold();
                h.Cell().Text("Session").Bold();
                h.Cell().Text("Areas").Bold();
                h.Cell().Text("Recommendation").Bold();
            });
            foreach (var row in r.Annex)
            {
                t.Cell().Text($"#{row.Id}");
                t.Cell().Text(row.Session).FontSize(8);
                t.Cell().Text(row.Areas).FontSize(8);
                t.Cell().Text(row.Text).FontSize(8.5f);
            }
        });
    }

    private static void TableLook(TableDescriptor t)
    {
        t.Border(0.5f, Rule);
        t.HeaderBackground("#DCE3EC");
        t.ZebraBackground("#F4F6F9");
        t.CellPadding(4);
    }
}
