using System.Globalization;
using Mechelen.Pdf;
using Mechelen.Web.Infrastructure;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

/// <summary>
/// Composes the outcome report with Mechelen.Pdf: a cover page set, then one page set with header and
/// footer for contents, summary, areas, matrix, sessions and annexes. Headings feed both the contents
/// and the PDF outline, so the two always agree.
/// </summary>
public static partial class OutcomeReportPdf
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    internal const string Accent = "#1F4E79";
    internal const string Muted = "#5B6573";
    internal const string Rule = "#BFC5CE";

    internal static TextStyle Body { get; } = TextStyle.Default.FontSize(9.5f).LineHeight(1.3f).FontColor("#1B1F24");
    internal static TextStyle Small { get; } = TextStyle.Default.FontSize(8f).FontColor(Muted);

    public static byte[] Generate(Model report)
    {
        using var stream = new MemoryStream();
        Generate(report, stream);
        return stream.ToArray();
    }

    public static void Generate(Model report, Stream stream) => Create(report).GeneratePdf(stream);

    public static Document Create(Model r) => Document.Create(doc =>
    {
        doc.Metadata(m => m.Title(r.Title)
            .Author(string.Join("; ", r.Event.Hosts))
            .Subject($"Outcome report — input to {r.Event.Purpose}")
            .Keywords("migration; cities; Global Compact for Migration; recommendations")
            .Language("en")
            .Creator("Mechelen"));
        doc.Page(page =>
        {
            Setup(page, r);
            page.Content().Element(c => ComposeCover(c, r));
        });
        doc.Page(page =>
        {
            Setup(page, r);
            page.Header().Element(c => ComposeHeader(c, r));
            page.Footer().Element(c => ComposeFooter(c, r));
            page.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().Text("Contents").FontSize(16).Bold().FontColor(Accent);
                col.Item().PaddingTop(4).TableOfContents(2, Body);
                col.Item().PageBreak();
                ComposeSummary(col, r);
                col.Item().PageBreak();
                ComposeAreas(col, r);
                col.Item().PaddingTop(14).KeepTogether().Column(matrix => ComposeMatrix(matrix, r));
                ComposeSessions(col, r);
                col.Item().PageBreak();
                ComposeAnnexes(col, r);
            });
        });
    });

    private static void Setup(PageDescriptor page, Model r)
    {
        page.Size(PageSize.A4);
        page.MarginHorizontal(50);
        page.MarginVertical(40);
        page.DefaultTextStyle(Body);
        if (!r.IsFinal)
        {
            page.Foreground().Watermark("DRAFT");
        }
    }

    private static void ComposeCover(IContainer container, Model r)
    {
        var ev = r.Event;
        container.PaddingTop(90).Column(col =>
        {
            col.Spacing(10);
            col.Item().Text("OUTCOME REPORT").FontSize(11).Bold().FontColor(Accent);
            col.Item().Text(ev.Name).FontSize(26).Bold().LineHeight(1.15f).FontColor("#12263A");
            col.Item().Text($"{ev.City}, {ev.Country} · {DateRange.Format(ev.StartDate, ev.EndDate)}").FontSize(13).FontColor(Muted);
            col.Item().PaddingVertical(8).LineHorizontal(1.5f, Accent);
            col.Item().Text($"Outcome report — input to {ev.Purpose}").FontSize(12).LineHeight(1.35f);
            col.Item().PaddingTop(14).Element(c => Fact(c, "Hosts", string.Join("\n", ev.Hosts)));
            col.Item().Element(c => Fact(c, "Partners", string.Join("\n", ev.Partners)));
            if (r.IsFiltered)
            {
                col.Item().Element(c => Fact(c, "Scope of this report", string.Join("\n", r.FilterDescription)));
            }

            col.Item().Element(c => Fact(c, "Version", $"{r.GeneratedAtLocal.ToString("d MMMM yyyy, HH:mm", En)} ({ev.City} time)"));
            col.Item().PaddingTop(10).Text(r.IsFinal
                ? $"Final report, marked final by {r.FinalizedBy} on {r.FinalizedAtLocal?.ToString("d MMMM yyyy", En)}."
                : "Draft report: the secretariat has not marked this report final. Draft key recommendations are included and marked as such.")
                .FontSize(10).Bold().FontColor(r.IsFinal ? "#1F7A45" : "#9A5B00");
        });
    }

    private static void Fact(IContainer container, string label, string value) => container.Row(row =>
    {
        row.Spacing(12);
        row.ConstantItem(120).Text(label).FontSize(9).Bold().FontColor(Muted);
        row.RelativeItem().Text(value).FontSize(10.5f);
    });

    private static void ComposeHeader(IContainer container, Model r) => container.PaddingBottom(10).Column(h =>
    {
        h.Item().Row(row =>
        {
            row.RelativeItem().Text(r.Title).Style(Small);
            row.AutoItem().Text(r.IsFinal ? "Final" : "Draft").Style(Small).Bold();
        });
        h.Item().PaddingTop(3).LineHorizontal(0.5f, Rule);
    });

    private static void ComposeFooter(IContainer container, Model r) => container.PaddingTop(8).Row(row =>
    {
        row.RelativeItem().Text($"Generated {r.GeneratedAtLocal.ToString("d MMMM yyyy, HH:mm", En)} ({r.Event.City} time)").Style(Small);
        row.AutoItem().Text(t =>
        {
            t.DefaultTextStyle(Small);
            t.Span("Page ");
            t.CurrentPage();
            t.Span(" of ");
            t.TotalPages();
        });
    });

    /// <summary>A line saying a section has nothing to show, so it never vanishes or shows an empty table.</summary>
    internal static void Empty(ColumnDescriptor col, string text) =>
        col.Item().Text(text).Italic().FontColor(Muted);

    internal static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", En)} {noun}s";
}
