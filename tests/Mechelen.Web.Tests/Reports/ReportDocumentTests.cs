using System.Net;
using System.Net.Http.Headers;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.ReportSettings;
using Mechelen.Web.Features.Sessions;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

/// <summary>What the secretariat, administrators and rapporteurs add to the document: settings, logos, session summaries; and the glyph check.</summary>
public sealed class ReportDocumentTests : IClassFixture<MechelenAppFactory>
{
    private const string Settings = $"/events/{EventCode}/report-settings";
    private readonly MechelenAppFactory _factory;

    public ReportDocumentTests(MechelenAppFactory factory) => _factory = factory;

    private async Task<byte[]> PdfAsync()
    {
        using var client = (await _factory.SignedInAsync(Roles.Secretariat)).Client;
        return await client.GetByteArrayAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative));
    }

    [Fact]
    public async Task Settings_SavedByTheSecretariat_AreAuditedAndPrintedOnTheCoverAndInTheSummary()
    {
        using var client = (await _factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.PostFormAsync(Settings, Settings,
        [
            new("Form.Symbol", "GCCM/2017/1"), new("Form.DateOfIssue", "2017-11-20"),
            new("Form.Disclaimer", "The views expressed are those of the participants."),
            new("Form.Foreword", "The conference gathered mayors and ministers.\n\nThis report gives their recommendations."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == EditReportSettings.Action).ToListAsync());
        Assert.Contains(audit, a => a.After!.Contains("GCCM/2017/1", StringComparison.Ordinal));

        var pages = Pages(await PdfAsync());
        Assert.Contains(Squash("Document symbol GCCM/2017/1"), pages[0]);
        Assert.Contains(Squash("Date of issue 20 November 2017"), pages[0]);
        Assert.Contains(Squash("The views expressed are those of the participants."), pages[0]);
        Assert.Contains(pages, p => p.Contains(Squash("Executive summary The conference gathered mayors and ministers."), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Settings_WithAnInvalidSymbol_AreRefusedWithAMessage_AndNothingChanges()
    {
        using var client = (await _factory.SignedInAsync(Roles.Secretariat)).Client;
        var before = await _factory.WithDbAsync(db => db.Events.Where(e => e.Code == EventCode).Select(e => e.ReportSymbol).SingleAsync());
        var response = await client.PostFormAsync(Settings, Settings, [new("Form.Symbol", "<script>"), new("Form.Disclaimer", new string('x', 1001))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The document symbol can have letters, digits", html, StringComparison.Ordinal);
        Assert.Contains("The disclaimer can have up to 1,000 characters.", html, StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Events.Where(e => e.Code == EventCode).Select(e => e.ReportSymbol).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Rapporteur)]
    [InlineData(Roles.PolicyOfficer)]
    public async Task Settings_AreForTheSecretariatAndAdministrators(string role)
    {
        using var client = (await _factory.SignedInAsync(role)).Client;
        AssertDenied(await client.GetAsync(new Uri(Settings, UriKind.Relative)));
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, byte[] file, string fileName = "logo.png")
    {
        var token = await client.GetAntiforgeryTokenAsync(Settings);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(name), "name" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        content.Add(bytes, "file", fileName);
        return await client.PostAsync(new Uri($"{Settings}/logos", UriKind.Relative), content);
    }

    [Fact]
    public async Task Logo_UploadedByAnAdministrator_IsAuditedAndShownOnTheCover()
    {
        using var client = (await _factory.SignedInAsync(Roles.Admin)).Client;
        var response = await UploadAsync(client, "City of Mechelen", TestImages.Png(120, 60));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == EventLogos.AddedAction)));

        using var pdf = PdfDocument.Open(await PdfAsync());
        Assert.NotEmpty(pdf.GetPage(1).GetImages());
    }

    [Theory]
    [InlineData("text", "The file is not a PNG or JPEG image.")]
    [InlineData("tiny", "a logo must be between 32 and 4000 pixels a side")]
    [InlineData("truncated", "The image cannot be read")]
    public async Task Logo_ThatIsNotAUsableImage_IsRefusedWithAMessage(string kind, string message)
    {
        using var client = (await _factory.SignedInAsync(Roles.Admin)).Client;
        var png = TestImages.Png(64, 64);
        var file = kind switch
        {
            "text" => "this is not an image"u8.ToArray(),
            "tiny" => TestImages.Png(8, 8),
            _ => png[..40],
        };
        var count = await _factory.WithDbAsync(db => db.EventLogos.CountAsync());
        var response = await UploadAsync(client, "Partner", file);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(count, await _factory.WithDbAsync(db => db.EventLogos.CountAsync()));
    }

    [Fact]
    public async Task Logo_CannotBeUploadedByTheSecretariat()
    {
        using var client = (await _factory.SignedInAsync(Roles.Secretariat)).Client;
        AssertDenied(await UploadAsync(client, "Partner", TestImages.Png(64, 64)));
    }

    [Fact]
    public async Task SessionSummary_WrittenByTheSessionsRapporteur_IsAuditedAndInTheReport()
    {
        var session = (await _factory.SessionIdsAsync())[1];
        var (client, _) = await _factory.RapporteurAsync(session);
        using (client)
        {
            var page = $"/sessions/{session}";
            var response = await client.PostFormAsync(page, $"{page}/summary",
                [new("Summary", "Key issues: access to housing.\n\nWay forward: city networks share practice.")]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == WriteSessionSummary.Action && a.EntityId == session.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var text = string.Concat(Pages(await PdfAsync()));
        Assert.Contains(Squash("Key issues: access to housing."), text);
        Assert.Contains(Squash("Way forward: city networks share practice."), text);
    }

    [Fact]
    public async Task SessionSummary_FromARapporteurOfAnotherSession_IsForbidden_AndTooLongIsRefused()
    {
        var sessions = await _factory.SessionIdsAsync();
        var (client, _) = await _factory.RapporteurAsync(sessions[0]);
        using (client)
        {
            var other = $"/sessions/{sessions[2]}";
            var token = await client.GetAntiforgeryTokenAsync($"/sessions/{sessions[0]}");
            var forbidden = await client.PostAsync(new Uri($"{other}/summary", UriKind.Relative),
                new FormUrlEncodedContent([new("Summary", "Not mine"), new("__RequestVerificationToken", token)]));
            AssertDenied(forbidden);

            var mine = $"/sessions/{sessions[0]}";
            var tooLong = await client.PostFormAsync(mine, $"{mine}/summary", [new("Summary", new string('a', 6001))]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
            Assert.Contains("The summary can have up to 6,000 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GlyphCheck_ListsCharactersTheFontsCannotPrint_OnTheReportPage()
    {
        var ids = await _factory.AddAsync(new Rec("Cities welcome everyone \U0001F642 with open arms") { Status = RecommendationStatus.Validated });
        using var client = (await _factory.SignedInAsync(Roles.Secretariat)).Client;
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative)));
        Assert.Contains($"1 character in #{ids[0]} cannot be printed with the installed fonts", html, StringComparison.Ordinal);
        Assert.Contains("U+1F642", html, StringComparison.Ordinal);
    }
}
