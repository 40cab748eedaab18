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
            row.ConstantItem(36).Text($"#{rec.Id}").FontColor(Muted);
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
}
