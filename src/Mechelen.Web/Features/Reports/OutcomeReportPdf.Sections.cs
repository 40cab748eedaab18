using Mechelen.Pdf;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

public static partial class OutcomeReportPdf
{
    private static void ComposeSummary(ColumnDescriptor col, Model r)
    {
        var f = r.Figures;
        col.Item().Heading(1, "Executive summary").FontColor(Accent);
        col.Item().Text(t =>
        {
            t.Span($"{Count(f.Captured, "recommendation")} captured in {Count(f.Sessions, "session")} by {Count(f.Rapporteurs, "rapporteur")}; ");
            t.Span($"{f.Validated:N0} validated").Bold();
            t.Span($", of which {f.Merged:N0} merged into ");
            t.Span(Count(f.KeyRecommendations, "key recommendation")).Bold();
            t.Span(f.Languages.Count == 0 ? "." : $". Languages: {string.Join(", ", f.Languages)}.");
        });
        col.Item().PaddingTop(4).Row(row =>
        {
            row.Spacing(6);
            Figure(row.RelativeItem(), f.Captured, "captured");
            Figure(row.RelativeItem(), f.Validated, "validated");
            Figure(row.RelativeItem(), f.KeyRecommendations, "key\nrecommendations");
            Figure(row.RelativeItem(), f.Sessions, "sessions");
            Figure(row.RelativeItem(), f.Rapporteurs, "rapporteurs");
            Figure(row.RelativeItem(), f.Languages.Count, "languages");
        });

        col.Item().PaddingTop(10).Heading(2, "Validated recommendations per governance area").FontColor(Accent);
        if (r.ValidatedPerArea.Sum(a => a.Count) == 0)
        {
            Empty(col, "No recommendation has been validated yet.");
        }
        else
        {
            col.Item().BarChart(r.ValidatedPerArea.Select(a => new BarChartItem($"{a.Number}. {a.Name}", a.Count)),
                new BarChartOptions { LabelWidth = 210, BarColor = Accent, LabelStyle = TextStyle.Default.FontSize(8.5f) });
        }

        col.Item().PaddingTop(10).Heading(2, "Key messages").FontColor(Accent);
        if (r.KeyMessages.Count == 0)
        {
            Empty(col, "No key recommendation has been marked final yet.");
        }

        foreach (var k in r.KeyMessages)
        {
            col.Item().Row(row =>
            {
                row.ConstantItem(30).Text(k.Number).Bold().FontColor(Accent);
                row.RelativeItem().Text(k.Wording);
            });
        }
    }

    private static void Figure(IContainer container, int value, string label) =>
        container.Background("#EEF2F6").PaddingVertical(6).PaddingHorizontal(2).Column(c =>
        {
            c.Item().AlignCenter().Text(value.ToString("N0", En)).FontSize(16).Bold().FontColor(Accent);
            c.Item().AlignCenter().Text(t =>
            {
                t.AlignCenter();
                t.Span(label).FontSize(7).FontColor(Muted);
            });
        });

    private static void ComposeAreas(ColumnDescriptor col, Model r)
    {
        col.Item().Heading(1, "Recommendations by governance area").FontColor(Accent);
        col.Item().Text("Key recommendations are numbered area.n. Each item cites the ids (#) of the contributions it rests on; " +
            "the annex lists every validated contribution by id.").Style(Small);
        if (r.Areas.Count == 0)
        {
            Empty(col, "No governance area is in the scope of this report.");
        }

        foreach (var area in r.Areas)
        {
            var blocks = new List<Action<IContainer>>();
            if (area.IsEmpty)
            {
                blocks.Add(c => c.Text("No validated recommendation in this area.").Italic().FontColor(Muted));
            }

            blocks.AddRange(area.KeyRecommendations.Select(k => (Action<IContainer>)(c => KeyRecommendation(c, k))));
            for (var i = 0; i < area.Unmerged.Count; i++)
            {
                var rec = area.Unmerged[i];
                var label = i > 0 ? null : area.KeyRecommendations.Count == 0
                    ? "Validated recommendations (none merged into a key recommendation yet)"
                    : "Other validated recommendations";
                blocks.Add(c => Unmerged(c, rec, label));
            }

            // The heading travels with its description and first item, so no page ends on a bare heading.
            col.Item().PaddingTop(10).KeepTogether().Column(head =>
            {
                head.Spacing(6);
                head.Item().Heading(2, $"{area.Number}. {area.Name}").FontColor(Accent);
                head.Item().Text(area.Description).Italic().FontColor(Muted);
                head.Item().Element(blocks[0]);
            });
            foreach (var block in blocks.Skip(1))
            {
                col.Item().Element(block);
            }
        }
    }

    // Each item is one text block beside its number: the layout engine measures nested containers again
    // at every level, so flat items keep a report over thousands of recommendations fast.
    private static void KeyRecommendation(IContainer container, KeyRecommendationItem k) => container.PaddingTop(4).Row(row =>
    {
        row.ConstantItem(30).Text(k.Number).Bold().FontColor(Accent);
        row.RelativeItem().Text(t =>
        {
            t.Span(k.Wording).Bold();
            if (k.IsDraft)
            {
                t.Span("  [draft]").FontColor("#9A5B00");
            }

            t.Span("\n" + Addressed(k.Levels, k.Actors)).Style(Small);
            t.Span($"\nBased on {Count(k.SourceIds.Count, "contribution")} from sessions: {string.Join("; ", k.SourceSessions)}. " +
                $"Sources: {Ids(k.SourceIds)}.").Style(Small);
        });
    });

    private static void Unmerged(IContainer container, RecommendationItem rec, string? label)
    {
        if (label is not null)
        {
            container.KeepTogether().Column(c =>
            {
                c.Spacing(4);
                c.Item().PaddingTop(4).Text(label).Bold().FontSize(9);
                c.Item().Element(item => Unmerged(item, rec, null));
            });
            return;
        }

        container.Row(row =>
        {
            row.ConstantItem(30).Text($"#{rec.Id}").FontColor(Muted);
            row.RelativeItem().Text(t =>
            {
                t.Span(rec.Text);
                t.Span($"\n{rec.SessionTitle} · {Addressed(rec.Levels, rec.Actors)}").Style(Small);
            });
        });
    }

    internal static string Addressed(IReadOnlyList<string> levels, IReadOnlyList<string> actors) =>
        $"Levels: {(levels.Count == 0 ? "not coded" : string.Join(", ", levels))} · " +
        $"Addressed to: {(actors.Count == 0 ? "not coded" : string.Join(", ", actors))}";

    internal static string Ids(IReadOnlyList<int> ids) => string.Join(", ", ids.Select(id => $"#{id}"));

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
