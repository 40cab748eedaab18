using System.Globalization;
using Mechelen.Pdf;

namespace Mechelen.Pdf.Benchmarks;

/// <summary>A report shaped like the outcome report: headings, dense paragraphs, tables, a chart; used by the benchmark and tests.</summary>
public static class SampleReport
{
    private static readonly string[] Areas =
    [
        "Access to services", "Employment and decent work", "Housing", "Access to justice", "Human rights",
        "Social cohesion and diversity management", "Policy coherence between levels of government",
        "Right to the city and human mobility", "Inclusive growth", "Participation of migrants",
    ];

    private static readonly string[] Sentences =
    [
        "Local and regional governments are first responders to the arrival of migrants and refugees, and their experience should inform the global compact.",
        "Cities call for direct access to funding so that services for newcomers do not depend on national allocations alone.",
        "Migrants should be able to access basic services irrespective of their status, with firewalls between service providers and immigration enforcement.",
        "Participants recommended that national governments involve mayors in the design of migration policy from the outset.",
        "Data on migrant populations should be collected at the local level, disaggregated and shared in ways that protect privacy.",
        "Social cohesion is built in neighbourhoods, schools and workplaces, where diversity is managed day to day.",
    ];

    public static TextStyle Body { get; } = TextStyle.Default.FontFamily("DejaVu Sans").FontSize(10).LineHeight(1.35f).FontColor("#1B1F24");

    public static string Paragraph(int index)
    {
        var parts = new List<string> { $"Paragraph {index.ToString(CultureInfo.InvariantCulture)}." };
        for (var i = 0; i < 4 + (index % 3); i++)
        {
            parts.Add(Sentences[(index + i) % Sentences.Length]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>About <paramref name="chapters"/> × 2.5 pages of report.</summary>
    public static Document Create(int chapters, bool draft = true, bool justify = true) => Document.Create(doc =>
    {
        doc.Metadata(m => m.Title("Outcome report").Author("Conference secretariat").Subject("Recommendations")
            .Keywords("migration, cities, GCM").Language("en"));
        doc.Page(page =>
        {
            page.Size(PageSize.A4);
            page.Margin(56);
            page.DefaultTextStyle(Body);
            if (draft)
            {
                page.Foreground().Watermark("DRAFT");
            }

            page.Header().PaddingBottom(10).Column(h =>
            {
                h.Item().Row(r =>
                {
                    r.RelativeItem().Text("Global Conference on Cities and Migration").FontSize(8).FontColor("#5B6573");
                    r.AutoItem().Text("Outcome report").FontSize(8).FontColor("#5B6573");
                });
                h.Item().PaddingTop(3).LineHorizontal(0.5f);
            });
            page.Footer().PaddingTop(8).AlignCenter().Text(t =>
            {
                t.DefaultTextStyle(TextStyle.Default.FontSize(8).FontColor("#5B6573"));
                t.Span("Page ");
                t.CurrentPage();
                t.Span(" of ");
                t.TotalPages();
            });
            page.Content().Column(col =>
            {
                col.Spacing(8);
                col.Item().Text("Outcome report").FontSize(22).Bold().FontColor("#1F3864");
                col.Item().PaddingBottom(6).Text("Mechelen, 16–17 November 2017").FontSize(11).FontColor("#5B6573");
                col.Item().PaddingTop(6).Text("Contents").FontSize(16).Bold().FontColor("#1F3864");
                col.Item().TableOfContents(2);
                col.Item().PaddingTop(10).Background("#F4F6F9").Padding(8).Text(t =>
                {
                    t.Line("Contributions were received in several languages:").Italic();
                    t.Line("Français : « La ville de Malines accueille la conférence. »");
                    t.Line("Ελληνικά: Οι πόλεις είναι οι πρώτες που υποδέχονται τους μετανάστες.");
                    t.Line("Русский: Города первыми принимают мигрантов.");
                    t.Span("العربية: المدن هي أول من يستقبل المهاجرين.").FontFamily("DejaVu Serif");
                });
                var paragraph = 1;
                for (var c = 1; c <= chapters; c++)
                {
                    var area = Areas[(c - 1) % Areas.Length];
                    col.Item().PaddingTop(10).Heading(1, $"{c}. {area}");
                    for (var p = 0; p < 5; p++)
                    {
                        col.Item().Text(t =>
                        {
                            if (justify)
                            {
                                t.Justify();
                            }

                            t.Span(Paragraph(paragraph++));
                        });
                    }

                    col.Item().PaddingTop(4).Heading(2, $"{c}.1 Key recommendations");
                    col.Item().Table(t =>
                    {
                        t.ColumnsDefinition(d =>
                        {
                            d.ConstantColumn(28);
                            d.RelativeColumn(3);
                            d.RelativeColumn(1);
                        });
                        t.Border();
                        t.HeaderBackground("#DCE3EC");
                        t.ZebraBackground("#F4F6F9");
                        t.Header(h =>
                        {
                            h.Cell().Text("#").Bold();
                            h.Cell().Text("Recommendation").Bold();
                            h.Cell().Text("Addressed to").Bold();
                        });
                        for (var r = 1; r <= 6; r++)
                        {
                            t.Cell().Text(r.ToString(CultureInfo.InvariantCulture));
                            t.Cell().Text(Sentences[(c + r) % Sentences.Length]);
                            t.Cell().Text(r % 2 == 0 ? "National governments" : "Local and regional governments");
                        }
                    });
                    col.Item().PaddingTop(4).Heading(2, $"{c}.2 Recommendations per governance area");
                    col.Item().BarChart(Areas.Take(6).Select((a, i) => new BarChartItem(a, ((c + i) * 7 % 23) + 1)));
                }
            });
        });
    });
}
