using System.Net;
using ClosedXML.Excel;
using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

public sealed class ReportFilterTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    private async Task<byte[]> PdfAsync(string query)
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.GetAsync(new Uri($"/reports/outcome.pdf?event={EventCode}{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> AreaHeadings(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        return bookmarks.Roots.Single(r => r.Title == "Recommendations by governance area").Children.Select(c => c.Title).ToList();
    }

    private static bool Shows(string text, string key) => text.Contains(Squash(Rows.Single(r => r.Key == key).Text), StringComparison.Ordinal);

    [Fact]
    public async Task AreaFilter_ReportsOnlyThatArea()
    {
        var bytes = await PdfAsync("&area=housing");
        Assert.Equal(["3. Housing"], AreaHeadings(bytes));
        var text = string.Concat(Pages(bytes));
        Assert.Contains(Squash("Governance areas: Housing"), text);
        Assert.Contains(Squash("3.1 Spread housing for newcomers citywide"), text);
        Assert.All(new[] { "r1", "r2", "r7" }, k => Assert.True(Shows(text, k), k));
        Assert.All(new[] { "r3", "r4", "r5", "r6", "r8", "r9", "r11" }, k => Assert.False(Shows(text, k), k));
        Assert.DoesNotContain(Squash("Schooling for every child"), text);
    }

    [Fact]
    public async Task ClusterFilter_ReportsTheAreasMappedToIt()
    {
        var bytes = await PdfAsync("&cluster=5");
        Assert.Equal(["4. Access to justice", "13. Protection of people in vulnerable situations"], AreaHeadings(bytes));
        var text = string.Concat(Pages(bytes));
        Assert.Contains(Squash("4.1 Firewalls between police and immigration"), text);
        Assert.True(Shows(text, "r8"));
        Assert.False(Shows(text, "r1"));
    }

    [Fact]
    public async Task AnnexRows_AreTheExcelExportRows()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var xlsx = await client.GetByteArrayAsync(new Uri($"/recommendations/export.xlsx?event={EventCode}&status=Validated&status=Merged", UriKind.Relative));
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var excel = sheet.RowsUsed().Skip(1)
            .Select(r => (Id: r.Cell(headers["Id"]).GetValue<int>(), Session: r.Cell(headers["Session"]).GetString(),
                Areas: r.Cell(headers["Governance areas"]).GetString(), Text: r.Cell(headers["Text"]).GetString()))
            .OrderBy(r => r.Id).ToList();

        await using var scope = scenario.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<OutcomeReportService>()
            .BuildAsync(new ReportScope(EventCode), ReportText.English, CancellationToken.None);
        var sessions = result.Report!.Programme.ToDictionary(p => p.Code, p => p.Title);
        var annex = result.Report!.Annex.Select(a => (a.Id, Session: sessions[a.SessionCode], a.Areas, a.Text)).ToList();
        Assert.Equal(9, annex.Count);
        Assert.Equal(excel, annex);
        var codes = result.Report!.Programme.ToDictionary(p => p.Title, p => p.Code);

        // …and the PDF's annex lists them in that order.
        var pages = Pages(await PdfAsync(""));
        var annexText = string.Concat(pages.SkipWhile(p => !p.Contains("Annex3.Validatedrecommendations", StringComparison.Ordinal)).Skip(1));
        annexText = annexText[annexText.LastIndexOf("Annex3.Validatedrecommendations", StringComparison.Ordinal)..];
        var positions = excel.Select(r => annexText.IndexOf(Squash($"#{r.Id}{codes[r.Session]}{r.Areas}{r.Text}"), StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [InlineData("&area=nowhere", "Unknown governance area 'nowhere'")]
    [InlineData("&cluster=9", "Unknown GCM cluster 9")]
    [InlineData("&session=999999", "Session 999999 is not part of the event")]
    [InlineData("&cluster=abc", "not understood")]
    public async Task UnknownFilterValue_Is400WithAMessage(string query, string message)
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        foreach (var path in new[] { "/reports/outcome", "/reports/outcome.pdf" })
        {
            var response = await client.GetAsync(new Uri($"{path}?event={EventCode}{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownEvent_Is404()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.GetAsync(new Uri("/reports/outcome.pdf?event=atlantis-2030", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HtmlPage_ShowsTheSameReport()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.Secretariat)).Client;
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative)));
        foreach (var row in Rows)
        {
            Assert.Equal(Reported.Contains(row.Key), html.Contains(row.Text, StringComparison.Ordinal));
        }

        Assert.Contains("1.2</span> <bdi>Measure who uses city services</bdi>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome.pdf?event={EventCode}&lang=en\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/reports/finalize\"", html, StringComparison.Ordinal);
        Assert.Contains("data-pdf-download", html, StringComparison.Ordinal);
        Assert.Contains("id=\"pdf-status\" class=\"hint\" role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/report.js?v=", html, StringComparison.Ordinal);
    }
}
