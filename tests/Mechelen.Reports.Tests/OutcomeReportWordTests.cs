using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mechelen.Reports.Building;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Reports.Word;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Mechelen.Reports.Tests;

public sealed partial class OutcomeReportWordTests
{
    private static readonly DateTime Now = new(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private static OutcomeReport Report(ReportData data) => ReportBuilder.Build(data, new ReportScope(data.Event.Code), Now, ReportText.English);

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<(int Level, string Text)> Headings(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .Where(p => p.Style is { } s && s.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Style![7..], System.Globalization.CultureInfo.InvariantCulture), p.InnerText))
            .ToList();

    [Fact]
    public void Word_HasThePdfsHeadings_InOrder_WithWordsHeadingStyles()
    {
        var report = Report(SampleReportData.Create(150));
        using var doc = Open(OutcomeReportWord.Generate(report));
        using var pdf = PdfDocument.Open(OutcomeReportDocument.Generate(report));
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var outline = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().OrderBy(b => b.PageNumber).ThenBy(b => b.Level)
            .Select(b => b.Title).ToList();
        var word = Headings(doc).Where(h => h.Level <= 2).Select(h => h.Text).ToList();
        Assert.Equal(outline.Order(StringComparer.Ordinal), word.Order(StringComparer.Ordinal));
        Assert.Equal(["Executive summary", "Recommendations by governance area", "Levels of governance and actors addressed", "Sessions", "Annexes"],
            Headings(doc).Where(h => h.Level == 1).Select(h => h.Text));
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"]);
    }

    [Fact]
    public void Word_AnnexRowsAreTheModelsRows_InARealTableWhoseHeaderRepeats()
    {
        var report = Report(SampleReportData.Create(150));
        using var doc = Open(OutcomeReportWord.Generate(report));
        var annex = doc.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        var rows = annex.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        var cells = rows.Skip(1).Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        // The original, with its language when it is not the report's (no translation in this sample).
        Assert.Equal(report.Annex.Select(a => new List<string> { $"#{a.Id}", a.SessionCode, a.Areas, a.LanguageNote is null ? a.Text : $"{a.Text} ({a.LanguageNote})" }), cells);
    }

    [Fact]
    public void Word_TextMatchesThePdfs()
    {
        var report = Report(SampleReportData.Create(60));
        using var doc = Open(OutcomeReportWord.Generate(report));
        var word = Squash(doc.MainDocumentPart!.Document.Body!.InnerText);
        using var pdf = PdfDocument.Open(OutcomeReportDocument.Generate(report));
        foreach (var k in report.Areas.SelectMany(a => a.KeyRecommendations))
        {
            Assert.Contains(Squash(k.Wording), word, StringComparison.Ordinal);
            Assert.Contains(Squash(t(report).Addressed(k.Levels, k.Actors)), word, StringComparison.Ordinal);
        }

        var pdfText = string.Concat(pdf.GetPages().Select(p => Squash(p.Text)));
        foreach (var sentence in new[] { report.Text.ByAreaIntro, report.Text.MatrixIntro, report.Text.AnnexIntro })
        {
            Assert.Contains(Squash(sentence), word, StringComparison.Ordinal);
            Assert.Contains(Squash(sentence), pdfText, StringComparison.Ordinal);
        }

        static ReportText t(OutcomeReport r) => r.Text;
    }

    [Fact]
    public void Word_HasAContentsField_NumberedKeyMessages_TheChartAsAnImage_AndDraftInTheHeader()
    {
        var report = Report(SampleReportData.Create(100));
        using var doc = Open(OutcomeReportWord.Generate(report));
        var main = doc.MainDocumentPart!;
        Assert.Contains(main.Document.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Equal(report.KeyMessages.Count, main.Document.Body!.Elements<Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        Assert.NotEmpty(main.ImageParts);
        Assert.Contains(main.Document.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>(),
            d => d.Description?.Value?.StartsWith("Bar chart of validated recommendations", StringComparison.Ordinal) == true);
        Assert.Contains("DRAFT", main.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);

        using var final = Open(OutcomeReportWord.Generate(Report(SampleReportData.Create(100, final: true))));
        Assert.DoesNotContain("DRAFT", final.MainDocumentPart!.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_TextXmlCannotCarry_IsDroppedInTheFileOnly_AndTheDocumentOpens()
    {
        var data = SampleReportData.Create(10);
        var hostile = "Bell\u0007 form\u000C feed, lone \uD800 surrogate, \uFFFE non-character, emoji \U0001F642 kept";
        data = new ReportData
        {
            Event = data.Event,
            Areas = data.Areas,
            Clusters = data.Clusters,
            Sessions = data.Sessions,
            Labels = data.Labels,
            Captured = data.Captured,
            Recommendations = [.. data.Recommendations.Select((r, i) => i == 0 ? r with { Text = hostile } : r)],
            KeyRecommendations = data.KeyRecommendations,
        };
        var report = Report(data);
        using var doc = Open(OutcomeReportWord.Generate(report));
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Bell form feed, lone \uFFFD surrogate,  non-character, emoji \U0001F642 kept", text, StringComparison.Ordinal);
        Assert.Equal(hostile, report.Annex[0].Text);
    }

    [Fact]
    public void Word_IsValidAgainstTheOpenXmlSchema()
    {
        using var doc = Open(OutcomeReportWord.Generate(Report(SampleReportData.Create(40))));
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").Take(10).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    private static string Squash(string s) => Whitespace().Replace(s, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
