using Mechelen.Pdf;
using Mechelen.Reports.Building;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The programme (sessions with their codes), the methodology in sentences computed from the data, and the table of validated contributions.</summary>
internal sealed class AnnexesComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.Column(col =>
    {
        var t = report.Text;
        col.Spacing(6);
        Typography.Heading(col, 1, t.Annexes);

        Typography.Heading(col, 2, t.AnnexProgramme);
        if (report.Programme.Count == 0)
        {
            Typography.EmptyNote(col, t.NoProgramme);
        }
        else
        {
            col.Item().Table(table =>
            {
                table.ColumnsDefinition(d =>
                {
                    d.ConstantColumn(30);
                    d.ConstantColumn(104);
                    d.RelativeColumn(3);
                    d.RelativeColumn(1.1f);
                });
                Typography.TableLook(table);
                table.Header(h =>
                {
                    h.Cell().Text(t.Code).Bold();
                    h.Cell().Text(t.When).Bold();
                    h.Cell().Text(t.Session).Bold();
                    h.Cell().Text(t.Kind).Bold();
                });
                foreach (var s in report.Programme)
                {
                    table.Cell().Text(s.Code).Bold();
                    table.Cell().Text(t.ProgrammeTime(s.StartsAt, s.EndsAt)).Style(Typography.CellSmall);
                    table.Cell().Text(s.Room is null ? s.Title : $"{s.Title}\n{s.Room}").Style(Typography.Cell);
                    table.Cell().Text(s.KindName).Style(Typography.CellSmall);
                }
            });
        }

        Typography.Heading(col, 2, t.AnnexMethodology);
        foreach (var (title, text) in ReportBuilder.Describe(report))
        {
            col.Item().Text(x =>
            {
                x.Span(title + ". ").Bold();
                x.Span(text);
            });
        }

        Typography.Heading(col, 2, t.AnnexRecommendations);
        col.Item().Text(t.AnnexIntro).Style(Typography.Small);
        if (report.Annex.Count == 0)
        {
            Typography.EmptyNote(col, t.NoneValidated);
            return;
        }

        col.Item().Table(table =>
        {
            table.ColumnsDefinition(d =>
            {
                d.ConstantColumn(42);
                d.ConstantColumn(34);
                d.RelativeColumn(1.3f);
                d.RelativeColumn(4f);
            });
            Typography.TableLook(table);
            table.Header(h =>
            {
                h.Cell().Text(t.Id).Bold();
                h.Cell().Text(t.Session).Bold();
                h.Cell().Text(t.Areas).Bold();
                h.Cell().Text(t.Recommendation).Bold();
            });
            foreach (var row in report.Annex)
            {
                table.Cell().Text($"#{row.Id}");
                table.Cell().Text(row.SessionCode).Style(Typography.CellSmall);
                table.Cell().Text(row.Areas).Style(Typography.CellSmall);
                table.Cell().Text(x =>
                {
                    x.Span(row.Text).Style(Typography.Cell);
                    if (row.LanguageNote is { } note)
                    {
                        x.Span($" ({note})").Style(Typography.CellSmall);
                    }

                    if (row.Translation is { } translation)
                    {
                        x.Span("\n" + t.Label(t.Translation)).Style(Typography.CellSmall).Bold();
                        x.Span(translation).Style(Typography.Cell).Italic();
                    }
                });
            }
        });
    });
}
