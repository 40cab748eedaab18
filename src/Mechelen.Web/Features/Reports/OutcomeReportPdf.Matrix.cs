using Mechelen.Pdf;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

public static partial class OutcomeReportPdf
{
    private static void ComposeMatrix(ColumnDescriptor col, Model r)
    {
        col.Spacing(6);
        var m = r.Matrix;
        col.Item().Heading(1, "Levels of governance and actors addressed").FontColor(Accent);
        col.Item().Text("Validated recommendations by actor addressed and level of governance. A recommendation can address " +
            "several actors and levels, so it can be counted in several cells.").Style(Small);
        if (m.IsEmpty)
        {
            Empty(col, "No validated recommendation to count yet.");
            return;
        }

        col.Item().PaddingTop(4).Table(t =>
        {
            t.ColumnsDefinition(d =>
            {
                d.RelativeColumn();
                foreach (var _ in m.Levels)
                {
                    d.ConstantColumn(60);
                }

                d.ConstantColumn(46);
            });
            TableLook(t);
            t.CellPadding(3);
            t.Header(h =>
            {
                h.Cell().Text("Actor addressed").Bold().FontSize(8);
                foreach (var level in m.Levels)
                {
                    // "Regional (sub-national)": the qualifier goes on its own, smaller line to fit the column.
                    var cut = level.IndexOf(" (", StringComparison.Ordinal);
                    h.Cell().AlignCenter().Text(t =>
                    {
                        t.AlignCenter();
                        t.Span(cut < 0 ? level : level[..cut]).Bold().FontSize(8);
                        if (cut >= 0)
                        {
                            t.Span("\n" + level[(cut + 1)..]).FontSize(6.5f);
                        }
                    });
                }

                h.Cell().AlignCenter().Text("Any level").Bold().FontSize(8);
            });
            foreach (var row in m.Rows)
            {
                t.Cell().Text(row.Actor).FontSize(8.5f);
                foreach (var count in row.Counts)
                {
                    t.Cell().AlignCenter().Text(count == 0 ? "–" : count.ToString("N0", En)).FontSize(8.5f);
                }

                t.Cell().AlignCenter().Text(row.Total.ToString("N0", En)).Bold().FontSize(8.5f);
            }

            t.Cell().Text("Any actor").Bold().FontSize(8.5f);
            foreach (var total in m.LevelTotals)
            {
                t.Cell().AlignCenter().Text(total.ToString("N0", En)).Bold().FontSize(8.5f);
            }

            t.Cell().AlignCenter().Text(r.Figures.Validated.ToString("N0", En)).Bold().FontSize(8.5f);
        });
    }

    private static void ComposeSessions(ColumnDescriptor col, Model r)
    {
        col.Item().PaddingTop(14).Heading(1, "Sessions").FontColor(Accent);
        if (r.Sessions.Count == 0)
        {
            Empty(col, "No session is in the scope of this report.");
        }

        foreach (var s in r.Sessions)
        {
            var who = s.Moderator is not null ? $" · Moderator: {s.Moderator}" : s.Organiser is not null ? $" · Organiser: {s.Organiser}" : "";
            col.Item().PaddingTop(6).KeepTogether().Column(block => SessionBlock(block, s, who));
        }
    }

    private static void SessionBlock(ColumnDescriptor col, SessionSummary s, string who)
    {
        col.Spacing(4);
        col.Item().Heading(2, s.Title).FontColor(Accent);
        col.Item().Text($"{s.StartsAt.ToString("dddd d MMMM yyyy, HH:mm", En)}–{s.EndsAt.ToString("HH:mm", En)} · {KindName(s.Kind)}{who}").Style(Small);
        col.Item().Text(t =>
        {
            t.Span($"{Count(s.Contributions, "validated contribution")}. ");
            t.Span(s.KeyRecommendationNumbers.Count == 0
                ? "No key recommendation draws on this session."
                : $"Key recommendations drawing on it: {string.Join(", ", s.KeyRecommendationNumbers)}.");
        });
    }
}
