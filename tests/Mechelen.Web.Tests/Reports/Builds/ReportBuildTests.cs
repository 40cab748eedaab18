using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using static Mechelen.Web.Tests.Reports.Builds.ReportBuildFixture;

namespace Mechelen.Web.Tests.Reports.Builds;

public sealed class ReportBuildTests(ReportBuildFixture fixture) : IClassFixture<ReportBuildFixture>
{
    private MechelenAppFactory Factory => fixture.Factory;

    private async Task<HttpClient> SecretariatAsync() => (await Factory.SignedInAsync(Roles.Secretariat)).Client;

    [Fact]
    public async Task SmallReport_DownloadsAtOnce_LargeReport_IsPreparedInTheBackground()
    {
        using var client = await SecretariatAsync();
        var small = await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}&area=employment", UriKind.Relative));
        Assert.Contains("href=\"/reports/outcome.pdf?event=", small, StringComparison.Ordinal);
        Assert.DoesNotContain("/reports/builds", small, StringComparison.Ordinal);
        var pdf = await client.GetAsync(new Uri($"/reports/outcome.pdf?event={EventCode}&area=employment", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        var large = await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}&area=housing", UriKind.Relative));
        Assert.DoesNotContain("href=\"/reports/outcome.pdf", large, StringComparison.Ordinal);
        Assert.Contains("action=\"/reports/builds\"", large, StringComparison.Ordinal);
        Assert.Contains("Prepare the PDF</button>", large, StringComparison.Ordinal);
        Assert.Contains("Prepare the Word document</button>", large, StringComparison.Ordinal);
        Assert.Contains("This report holds 6 recommendations", large, StringComparison.Ordinal);

        // Asked for directly, a large report is never written on the request: the page, where it is prepared.
        var direct = await client.GetAsync(new Uri($"/reports/outcome.docx?event={EventCode}&area=housing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);
        Assert.Equal($"/reports/outcome?event={EventCode}&area=housing&lang=en#report-files", direct.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Prepare_QueuesOneBuild_AndAskingAgainInAnyOrder_JoinsIt()
    {
        using var client = await SecretariatAsync();
        var first = await PrepareAsync(client, $"event={EventCode}&area=housing&area=services&level=Local", "fr", ReportFormats.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/reports/outcome?event={EventCode}&area=housing&area=services&level=Local&lang=fr#report-files", first.Headers.Location!.OriginalString);
        using var other = await SecretariatAsync();
        var second = await PrepareAsync(other, $"level=Local&area=services&area=housing&area=services&status=Submitted&event={EventCode}", "fr", ReportFormats.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var builds = (await BuildsAsync(Factory, "fr")).Where(b => b.Query.Contains("level=Local", StringComparison.Ordinal)).ToList();
        var build = Assert.Single(builds);
        Assert.Equal(ReportBuildStatus.Queued, build.Status);
        Assert.Equal(build.Key, build.ActiveKey);
        Assert.Equal($"event={EventCode}&area=housing&area=services&level=Local", build.Query);

        // The page, loaded again (as after a reload), finds the build by its report and follows it.
        var page = await client.GetStringAsync(new Uri(first.Headers.Location.OriginalString.Split('#')[0], UriKind.Relative));
        Assert.Contains($"data-build=\"/reports/builds/{build.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Le PDF attend son tour pour être préparé.", await FrenchPageAsync(client, first), StringComparison.Ordinal);
        var state = await StatusAsync(client, build.Id);
        Assert.Equal("queued", state.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Builds_StoreThePdfAndTheWordFile_ThePageOffersThem_UntilTheDataChanges()
    {
        using var client = await SecretariatAsync();
        var query = $"event={EventCode}&area=employment&area=housing";
        await PrepareAsync(client, query, "es", ReportFormats.Pdf);
        await PrepareAsync(client, query, "es", ReportFormats.Word);
        Assert.True(await BuildQueuedAsync(Factory) >= 2);

        var builds = (await BuildsAsync(Factory, "es")).Where(b => b.Query == query).ToList();
        Assert.Equal(2, builds.Count);
        var stamp = await StampAsync(Factory);
        Assert.All(builds, b =>
        {
            Assert.Equal(ReportBuildStatus.Done, b.Status);
            Assert.Equal(100, b.Progress);
            Assert.Null(b.ActiveKey);
            Assert.Equal(stamp, b.Stamp);
            Assert.NotNull(b.FinishedAt);
        });
        var pdf = builds.Single(b => b.Format == ReportFormats.Pdf);
        var word = builds.Single(b => b.Format == ReportFormats.Word);

        var file = await client.GetAsync(new Uri($"/reports/builds/{pdf.Id}/file", UriKind.Relative));
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(pdf.Size, bytes.Length);
        Assert.Contains("outcome-report", file.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var docx = await client.GetByteArrayAsync(new Uri($"/reports/builds/{word.Id}/file", UriKind.Relative));
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(docx, 0, 2));

        var pageUrl = new Uri($"/reports/outcome?{query}&lang=es", UriKind.Relative);
        var page = await client.GetStringAsync(pageUrl);
        Assert.Contains($"href=\"/reports/builds/{pdf.Id}/file\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/builds/{word.Id}/file\"", page, StringComparison.Ordinal);
        Assert.Contains("from the data as it is now.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Prepare the PDF again", page, StringComparison.Ordinal);
        // The direct address answers with the prepared file while it is current.
        var direct = await client.GetAsync(new Uri($"/reports/outcome.pdf?{query}&lang=es", UriKind.Relative));
        Assert.Equal(bytes, await direct.Content.ReadAsByteArrayAsync());
        Assert.EndsWith(".pdf", direct.Content.Headers.ContentDisposition?.FileNameStar ?? direct.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        // Asking again while nothing changed builds nothing.
        await PrepareAsync(client, query, "es", ReportFormats.Pdf);
        Assert.Equal(2, (await BuildsAsync(Factory, "es")).Count(b => b.Query == query));

        await Factory.AddAsync(new Rec("A note captured after the file was made"));
        page = await client.GetStringAsync(pageUrl);
        Assert.Contains($"href=\"/reports/builds/{pdf.Id}/file\"", page, StringComparison.Ordinal);
        Assert.Contains("; 1 change to the data since.", page, StringComparison.Ordinal);
        Assert.Contains("Prepare the PDF again</button>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri($"/reports/outcome.pdf?{query}&lang=es", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RefusedReport_FailsWithTheReportsOwnMessage_AndThePageOffersToTryAgain()
    {
        using var client = await SecretariatAsync();
        var query = $"event={EventCode}&area=no-such-area";
        await PrepareAsync(client, query, "en", ReportFormats.Pdf);
        await BuildQueuedAsync(Factory);

        var build = (await BuildsAsync(Factory, "en")).Single(b => b.Query == query);
        Assert.Equal(ReportBuildStatus.Failed, build.Status);
        Assert.Equal(ReportBuildFailure.Refused, build.Failure);
        Assert.Null(build.ActiveKey);
        var state = await StatusAsync(client, build.Id);
        Assert.Equal("failed", state.GetProperty("status").GetString());
        Assert.StartsWith("The report could not be prepared: ", state.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("no-such-area", state.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/reports/builds/{build.Id}/file", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Queue_RefusesAnUnknownFormatOrLanguage_WithAMessage()
    {
        using var client = await SecretariatAsync();
        var page = $"/reports/outcome?event={EventCode}&area=housing";
        var noFormat = await client.PostFormAsync(page, "/reports/builds", [new("event", EventCode), new("format", "xls")]);
        Assert.Equal(HttpStatusCode.BadRequest, noFormat.StatusCode);
        Assert.Contains("Choose the file to prepare: pdf, docx.", await noFormat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badLanguage = await client.PostFormAsync(page, "/reports/builds", [new("event", EventCode), new("format", "pdf"), new("lang", "de")]);
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);
        var noEvent = await client.PostFormAsync(page, "/reports/builds", [new("event", "no-such-event"), new("format", "pdf")]);
        Assert.Equal(HttpStatusCode.NotFound, noEvent.StatusCode);
        Assert.Empty((await BuildsAsync(Factory, "de")));
    }

    private static async Task<string> FrenchPageAsync(HttpClient client, HttpResponseMessage redirect)
    {
        var url = redirect.Headers.Location!.OriginalString.Split('#')[0] + "&culture=fr";
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(url, UriKind.Relative)));
    }

    internal static async Task<JsonElement> StatusAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync(new Uri($"/reports/builds/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
