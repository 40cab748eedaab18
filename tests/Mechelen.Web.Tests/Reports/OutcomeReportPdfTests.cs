using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

public sealed class OutcomeReportPdfTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    private async Task<byte[]> PdfAsync(string query = $"?event={EventCode}")
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.GetAsync(new Uri($"/reports/outcome.pdf{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task Download_IsNamedAfterEventAndDate()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.GetAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative));
        var name = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.Matches(@"^mechelen-2017-outcome-report-\d{4}-\d{2}-\d{2}\.pdf$", name);
    }

    [Fact]
    public async Task Body_HasEveryValidatedIdAndText_AndNoSubmittedRejectedOrDraft()
    {
        var text = string.Concat(Pages(await PdfAsync()));
        foreach (var row in Rows)
        {
            var shown = text.Contains(Squash(row.Text), StringComparison.Ordinal);
            Assert.True(shown == Reported.Contains(row.Key), $"{row.Key} ({row.Status}) shown: {shown}");
            Assert.Equal(Reported.Contains(row.Key), Regex.IsMatch(text, $"#{scenario.Ids[row.Key]}(?!\\d)"));
        }
    }

    [Fact]
    public async Task KeyRecommendations_AreNumberedAreaDotN_DraftOnesMarked()
    {
        var text = string.Concat(Pages(await PdfAsync()));
        Assert.Contains(Squash("1.1 Schooling for every child whatever the papers"), text);
        Assert.Contains(Squash("1.2 Measure who uses city services"), text);
        Assert.Contains(Squash("4.1 Firewalls between police and immigration"), text);
        Assert.Contains(Squash("3.1 Spread housing for newcomers citywide [draft]"), text);
        Assert.Contains(Squash($"Sources: #{scenario.Ids["r3"]}, #{scenario.Ids["r4"]}."), text);
    }

    [Fact]
    public async Task SummaryFigures_EqualDatabaseCounts()
    {
        var expected = await scenario.Factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Code == EventCode);
            var captured = db.Recommendations.Where(r => r.EventId == ev.Id && r.Status != RecommendationStatus.Draft);
            var reported = captured.Where(r => r.Status == RecommendationStatus.Validated || r.Status == RecommendationStatus.Merged);
            return new
            {
                Captured = await captured.CountAsync(),
                Sessions = await captured.Select(r => r.SessionId).Distinct().CountAsync(),
                Rapporteurs = await captured.Select(r => r.CapturedByName).Distinct().CountAsync(),
                Validated = await reported.CountAsync(),
                Merged = await db.KeyRecommendationSources.CountAsync(s => s.KeyRecommendation.EventId == ev.Id),
                Keys = await db.KeyRecommendations.CountAsync(k => k.EventId == ev.Id),
                Languages = await reported.Select(r => r.Language).Distinct().CountAsync(),
            };
        });
        Assert.Equal((11, 4, 4, 9, 5, 4, 3), (expected.Captured, expected.Sessions, expected.Rapporteurs, expected.Validated, expected.Merged, expected.Keys, expected.Languages));

        var summary = Pages(await PdfAsync())[2];
        Assert.Contains(Squash($"{expected.Captured} recommendations captured in {expected.Sessions} sessions by {expected.Rapporteurs} rapporteurs; " +
            $"{expected.Validated} validated, of which {expected.Merged} merged into {expected.Keys} key recommendations. Languages: English, French, Spanish."), summary);
    }

    [Fact]
    public async Task Contents_PageNumbersAreTheHeadingsPages_AndTheOutlineMirrorsThem()
    {
        var bytes = await PdfAsync();
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => Squash(p.Text)).ToList();
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var entries = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        Assert.Equal(["Executive summary", "Recommendations by governance area", "Levels of governance and actors addressed", "Sessions", "Annexes"],
            bookmarks.Roots.Select(r => r.Title));
        Assert.Contains(entries, e => e.Title == "3. Housing" && e.Level == 1);
        Assert.Contains(entries, e => e.Title == "Annex 3. Validated recommendations");

        var contents = pages[1];
        foreach (var entry in entries)
        {
            var title = Squash(entry.Title);
            var match = Regex.Match(contents, Regex.Escape(title) + @"\.*(\d+)");
            Assert.True(match.Success, $"contents lists '{entry.Title}'");
            var printed = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.Equal(entry.PageNumber, printed);
            Assert.Contains(title, pages[printed - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DraftReport_HasWatermarkOnEveryPage_AndPageXOfY()
    {
        var pages = Pages(await PdfAsync());
        Assert.All(pages, p => Assert.Contains("DRAFT", p, StringComparison.Ordinal));
        Assert.Contains($"Page2of{pages.Count}", pages[1]);
        Assert.Contains($"Page{pages.Count}of{pages.Count}", pages[^1]);
    }

    [Fact]
    public async Task ReportPage_SaysWhatFinalisingTakesOut_BeforeTheSecretariatConfirms()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative)));
        Assert.Contains("Marking the report final takes out 1 draft key recommendation and 1 source cited only by them.", html, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Marking the report final takes out 1 draft key recommendation", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAndPdf_TakeTheirSentencesFromTheSameText()
    {
        var t = Mechelen.Reports.Text.ReportText.English;
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative)));
        var pdf = string.Concat(Pages(await PdfAsync()));
        foreach (var sentence in new[] { t.ByAreaIntro, t.MatrixIntro, t.AnnexIntro, t.KeyMessagesIntro, t.DraftNotice })
        {
            Assert.Contains(sentence, html, StringComparison.Ordinal);
            Assert.Contains(Squash(sentence), pdf, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WordDownload_IsADocxOfTheSameReport_BesideClosedXmlInOneProcess()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        // The Excel export (ClosedXML 0.95.4) and the Word document (OpenXml 2.x) share the process.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/recommendations/export.xlsx?event={EventCode}", UriKind.Relative))).StatusCode);
        var response = await client.GetAsync(new Uri($"/reports/outcome.docx?event={EventCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^mechelen-2017-outcome-report-\d{4}-\d{2}-\d{2}\.docx$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = Squash(doc.MainDocumentPart!.Document.Body!.InnerText);
        foreach (var row in Rows)
        {
            Assert.Equal(Reported.Contains(row.Key), text.Contains(Squash(row.Text), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Fonts_AreEmbedded()
    {
        var raw = System.Text.Encoding.Latin1.GetString(await PdfAsync());
        var descriptors = Regex.Count(raw, @"/Type\s*/FontDescriptor");
        Assert.True(descriptors > 0);
        Assert.Equal(descriptors, Regex.Count(raw, @"/FontFile2"));
    }
}
