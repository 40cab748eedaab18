using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

/// <summary>The report scenario where reports of three recommendations or more are large: the whole event (nine) and one session (three) are, one area is not.</summary>
public sealed class LargeReportScenario : IAsyncLifetime
{
    public ReportScenario Scenario { get; } = new(new MechelenAppFactory().WithSetting("Reports:BackgroundFrom", "3"));

    public Task InitializeAsync() => Scenario.InitializeAsync();

    public Task DisposeAsync() => Scenario.DisposeAsync();
}

/// <summary>The page of a large report shows its head and summary, its listings on asking; a small report's page shows everything.</summary>
public sealed partial class ReportPageSummaryTests(LargeReportScenario fixture) : IClassFixture<LargeReportScenario>
{
    private MechelenAppFactory Factory => fixture.Scenario.Factory;

    private async Task<string> PageAsync(string query)
    {
        using var client = (await Factory.SignedInAsync(Roles.Secretariat)).Client;
        var response = await client.GetAsync(new Uri($"/reports/outcome?event={EventCode}{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static bool Shows(string html, string key) => html.Contains(Rows.Single(r => r.Key == key).Text, StringComparison.Ordinal);

    private Task<int> SessionAsync(string code) => Factory.WithDbAsync(db => db.Sessions.Where(s => s.Code == code).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task LargeReport_ShowsItsHeadAndSummary_AndANoticeWithALink_NotTheListings()
    {
        var html = await PageAsync("");

        // The head: facts, draft notice, language links, files to prepare, finalising and the filter form.
        Assert.Contains("id=\"report-title\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"finalise-effect\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome?event={EventCode}&amp;lang=fr\"", html, StringComparison.Ordinal);
        Assert.Contains("Prepare the PDF</button>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/reports/finalize\"", html, StringComparison.Ordinal);
        Assert.Contains("Report on some governance areas or GCM clusters only", html, StringComparison.Ordinal);
        // The summary, with its key messages.
        Assert.Contains("id=\"summary\"", html, StringComparison.Ordinal);
        Assert.Contains("Schooling for every child whatever the papers", html, StringComparison.Ordinal);
        // In place of the listings, what there is and where, and the way to see it all here.
        Assert.Contains("This report lists 9 recommendations. To keep this page quick, it shows only the summary", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome?event={EventCode}&amp;lang=en&amp;whole=1\">Show the whole report on this page", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#listings\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"areas\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sessions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"annexes\"", html, StringComparison.Ordinal);
        Assert.All(Reported, key => Assert.False(Shows(html, key), key));
    }

    [Fact]
    public async Task WholeParameter_ShowsTheLargeReportsListings_AndTheLanguageLinksKeepIt()
    {
        var html = await PageAsync("&whole=1");

        Assert.Contains("id=\"areas\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sessions\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"annexes\"", html, StringComparison.Ordinal);
        Assert.All(Reported, key => Assert.True(Shows(html, key), key));
        Assert.DoesNotContain("id=\"listings\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("To keep this page quick", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome?event={EventCode}&amp;whole=1&amp;lang=es\"", html, StringComparison.Ordinal);
        // Its files are still prepared in the background.
        Assert.Contains("Prepare the PDF</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmallReport_ShowsEverything_WithoutTheNotice()
    {
        var html = await PageAsync("&area=justice");

        Assert.Contains("id=\"areas\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"annexes\"", html, StringComparison.Ordinal);
        Assert.True(Shows(html, "r8"));
        Assert.True(Shows(html, "r6"));
        Assert.DoesNotContain("id=\"listings\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("whole=1", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/outcome.pdf?", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "en")]
    [InlineData("", "fr")]
    [InlineData("&lang=es", "es")]
    [InlineData("&session={0}", "en")]
    [InlineData("&session={0}&lang=fr", "fr")]
    [InlineData("&area=services&area=housing&area=data", "es")]
    public async Task SummaryPage_ShowsTheWholePagesSummary(string query, string culture)
    {
        query = string.Format(System.Globalization.CultureInfo.InvariantCulture, query, await SessionAsync("gd-nua-implementation"));
        var light = await PageAsync($"{query}&culture={culture}");
        var whole = await PageAsync($"{query}&culture={culture}&whole=1");

        Assert.Contains("id=\"listings\"", light, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"listings\"", whole, StringComparison.Ordinal);
        Assert.Equal(Summary(whole), Summary(light));
        Assert.Equal(Head(whole), Head(light));
    }

    [Theory]
    [InlineData("en", null)]
    [InlineData("fr", null)]
    [InlineData("es", "gd-nua-implementation")]
    public async Task SummaryRead_GivesTheWholeReportsFigures(string language, string? session)
    {
        var scope = new ReportScope(EventCode) { Sessions = session is null ? [] : [await SessionAsync(session)] };
        await using var services = Factory.Services.CreateAsyncScope();
        var reports = services.ServiceProvider.GetRequiredService<OutcomeReportService>();
        var text = ReportText.For(language)!;
        var whole = (await reports.BuildAsync(scope, text, ReportDetail.Whole, CancellationToken.None)).Report!;
        var summary = (await reports.BuildAsync(scope, text, ReportDetail.Summary, CancellationToken.None)).Report!;

        Assert.Equal(ReportDetail.Whole, whole.Detail);
        Assert.Equal(ReportDetail.Summary, summary.Detail);
        Assert.Equal(Json(whole.Figures), Json(summary.Figures));
        Assert.Equal(Json(whole.ValidatedPerArea), Json(summary.ValidatedPerArea));
        Assert.Equal(Json(whole.KeyMessages), Json(summary.KeyMessages));
        Assert.Equal(Json(whole.Matrix), Json(summary.Matrix));
        Assert.Equal(Json(whole.Methodology), Json(summary.Methodology));
        Assert.Equal(Json(whole.FilterDescription), Json(summary.FilterDescription));
        Assert.Equal(whole.DraftKeyRecommendations, summary.DraftKeyRecommendations);
        Assert.Equal(whole.SourcesOfDraftKeyRecommendations, summary.SourcesOfDraftKeyRecommendations);
        Assert.NotEqual(0, whole.Figures.Validated);
        // What the summary leaves out: the contributions' text.
        Assert.All(summary.Annex, row => Assert.Equal("", row.Text));
        Assert.Contains(whole.Annex, row => row.Text.Length > 0);
    }

    [Theory]
    [InlineData("fr", "Ce rapport recense 9 recommandations. Pour que cette page reste rapide, elle n’en montre que la synthèse\u00a0:",
        "Afficher le rapport complet sur cette page (chargement plus long)", "Le rapport complet")]
    [InlineData("es", "Este informe recoge 9 recomendaciones. Para que esta página cargue rápido, solo muestra el resumen:",
        "Mostrar el informe completo en esta página (tarda más en cargar)", "El informe completo")]
    public async Task Notice_IsInThePagesLanguage(string culture, string notice, string link, string heading)
    {
        var html = WebUtility.HtmlDecode(await PageAsync($"&culture={culture}"));

        Assert.Contains(notice, html, StringComparison.Ordinal);
        Assert.Contains($"&whole=1\">{link}</a>", html, StringComparison.Ordinal);
        Assert.Contains($">{heading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($">{heading}</a></li>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?event=e&area=housing&lang=fr", "?event=e&area=housing&lang=fr&whole=1")]
    [InlineData("?event=e&whole=1&lang=es", "?event=e&lang=fr&whole=1")]
    [InlineData("", "?event=e&lang=fr&whole=1")]
    public void WholeLink_AsksForTheWholeReportOnce(string query, string expected) =>
        Assert.Equal(expected, ReportLanguageLinks.Whole(query, "e", "fr"));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Summary(string html) => SummarySection().Match(html) is { Success: true } m ? m.Value : throw new InvalidOperationException("No summary section.");

    // The head but for the files panel's text, which names each file's own state.
    private static string Head(string html) => HeadSection().Match(html) is { Success: true } m
        ? FilesPanel().Replace(m.Value, "")
        : throw new InvalidOperationException("No report head.");

    [GeneratedRegex("<section class=\"panel report-section\" id=\"summary\"[\\s\\S]*?</section>")]
    private static partial Regex SummarySection();

    [GeneratedRegex("<section class=\"panel report-head\"[\\s\\S]*?</details>")]
    private static partial Regex HeadSection();

    [GeneratedRegex("<section class=\"report-files\"[\\s\\S]*?</section>|<input name=\"__RequestVerificationToken\"[^>]*>|href=\"[^\"]*\"")]
    private static partial Regex FilesPanel();
}
