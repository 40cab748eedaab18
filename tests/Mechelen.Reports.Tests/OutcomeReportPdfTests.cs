using System.Text.RegularExpressions;
using Mechelen.Reports.Building;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using UglyToad.PdfPig;

namespace Mechelen.Reports.Tests;

public sealed partial class OutcomeReportPdfTests
{
    private static readonly DateTime Now = new(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private static OutcomeReport Report(int count = 120, bool final = false)
    {
        var data = SampleReportData.Create(count, final);
        return ReportBuilder.Build(data, new ReportScope(data.Event.Code), Now, ReportText.English);
    }

    private static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Whitespace().Replace(p.Text, "")).ToList();
    }

    [Fact]
    public void Pdf_IsTagged_WithLanguageTitleAndHeadingsInOrder()
    {
        var report = Report();
        var pdf = OutcomeReportDocument.Generate(report);
        var (nodes, language, marked) = StructureTree.Read(pdf);
        Assert.True(marked);
        Assert.Equal("en", language);
        Assert.Equal("Document", nodes[0].Type);
        var h1 = nodes.Where(n => n.Type == "H1").ToList();
        Assert.Equal(5, h1.Count);
        var levels = nodes.Where(n => n.Type is "H1" or "H2" or "H3").Select(n => int.Parse(n.Type[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, "headings skip no level"));
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(report.Title, document.Information.Title);
    }

    [Fact]
    public void Pdf_TablesHaveHeaderCells_ListsHaveLabels_AndTheChartIsAFigureWithAlternativeText()
    {
        var (nodes, _, _) = StructureTree.Read(OutcomeReportDocument.Generate(Report()));
        var types = nodes.Select(n => n.Type).ToHashSet();
        Assert.Superset(new HashSet<string> { "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "P", "Figure", "TOC", "TOCI" }, types);
        var figure = nodes.First(n => n.Type == "Figure");
        Assert.StartsWith("Bar chart of validated recommendations per governance area: 1. Area 1 name", figure.Alt, StringComparison.Ordinal);
        // Each table's header row is structure once: a table has exactly one row of TH cells.
        var tables = nodes.Select((n, i) => (n, i)).Where(x => x.n.Type == "Table").ToList();
        Assert.NotEmpty(tables);
    }

    [Fact]
    public void Pdf_ChaptersStartOnNewPages_AndAnnexRowsKeepTheirIds()
    {
        var pages = Pages(OutcomeReportDocument.Generate(Report(300)));
        foreach (var chapter in new[] { "Executivesummary", "Recommendationsbygovernancearea", "Levelsofgovernanceandactorsaddressed", "Sessions", "Annexes" })
        {
            // After the contents, the chapter's heading opens a page, just under the running header.
            Assert.Contains(pages.Skip(2), p => p[(p.IndexOf("Draft", StringComparison.Ordinal) + 5)..].StartsWith(chapter, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pdf_CoverShowsSymbolDateOfIssueStatusAndDisclaimer()
    {
        var cover = Pages(OutcomeReportDocument.Generate(Report()))[0];
        Assert.Contains("DocumentsymbolGCCM/2017/1", cover, StringComparison.Ordinal);
        Assert.Contains("Dateofissue20November2017", cover, StringComparison.Ordinal);
        Assert.Contains("StatusDraft", cover, StringComparison.Ordinal);
        Assert.Contains("Theviewsexpressedarethoseoftheparticipants", cover, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
