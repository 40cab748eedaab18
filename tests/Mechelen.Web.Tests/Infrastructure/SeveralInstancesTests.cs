using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Tests.Capture;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>Two instances of the app on one database, as behind a load balancer: neither may trust what only it has seen.</summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private const string EventCode = "mechelen-2017";
    private readonly MechelenAppFactory _first = new();
    private readonly MechelenAppFactory _second;

    public SeveralInstancesTests()
    {
        // The first migrates and seeds the file; the second starts on it as a second server would.
        _ = _first.Services;
        _second = new MechelenAppFactory().WithSetting("ConnectionStrings:Mechelen", $"Data Source={_first.DatabasePath}");
        _ = _second.Services;
    }

    [Fact]
    public async Task CookieIssuedByOne_IsAcceptedByTheOther()
    {
        // The second has a key ring of its own before the sign-in (its login page protects an antiforgery token).
        using var warm = _second.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.OK, (await warm.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
        var email = $"officer-{Guid.NewGuid():N}@test.example";
        await _first.CreateUserAsync(email, TestAccounts.Password, Roles.PolicyOfficer);
        var cookies = new CookieContainer();
        using var one = _first.CreateBrowserClient(cookies);
        await one.SignInAsync(email, TestAccounts.Password);

        using var other = _second.CreateBrowserClient(cookies);
        var response = await other.GetAsync(new Uri($"/recommendations?event={EventCode}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WriteOnOne_IsSeenByTheOther_AtItsNextRequest_InListCountAndReport()
    {
        using var officer = (await _second.SignedInAsync(Roles.PolicyOfficer)).Client;
        var list = new Uri($"/recommendations?event={EventCode}", UriKind.Relative);
        var before = await TotalAsync(officer);
        _ = await officer.GetStringAsync(list);
        _ = await officer.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative));

        var sessions = await _first.SessionIdsAsync();
        var areas = await _first.AreaIdsAsync();
        // A filtered list is counted and paged from the second's facet snapshot, brought up to date from the change log.
        var code = await _first.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Id == areas[0]).Select(a => a.Code).SingleAsync());
        var filtered = new Uri($"/recommendations?event={EventCode}&area={code}", UriKind.Relative);
        var validated = new Uri($"/recommendations?event={EventCode}&area={code}&status=Validated", UriKind.Relative);
        var filteredBefore = ResultCount(await officer.GetStringAsync(filtered));
        var validatedBefore = ResultCount(await officer.GetStringAsync(validated));
        using var rapporteur = (await _first.RapporteurAsync(sessions[0])).Client;
        const string text = "Share one register of affordable homes between neighbouring towns.";
        var saved = await rapporteur.SaveAsync(sessions[0], CaptureForms.Fields(text, Guid.NewGuid(), [areas[0]]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(before + 1, await TotalAsync(officer));
        Assert.Contains(text, WebUtility.HtmlDecode(await officer.GetStringAsync(list)), StringComparison.Ordinal);
        var filteredPage = WebUtility.HtmlDecode(await officer.GetStringAsync(filtered));
        Assert.Equal(filteredBefore + 1, ResultCount(filteredPage));
        Assert.Contains(text, filteredPage, StringComparison.Ordinal);

        // Validated on the first (through its context, which bumps the change stamp), reported by the second.
        await _first.WithDbAsync(async db =>
        {
            var captured = await db.Recommendations.SingleAsync(r => r.Text == text);
            captured.Status = RecommendationStatus.Validated;
            return await db.SaveChangesAsync();
        });
        Assert.Contains(text, WebUtility.HtmlDecode(await officer.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative))), StringComparison.Ordinal);
        var validatedPage = WebUtility.HtmlDecode(await officer.GetStringAsync(validated));
        Assert.Equal(validatedBefore + 1, ResultCount(validatedPage));
        Assert.Contains(text, validatedPage, StringComparison.Ordinal);
    }

    // "N matching" (or "1 matching") at the head of the list's results.
    private static int ResultCount(string page) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(page, "<h2 id=\"result-count\">(\\d+) matching</h2>").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task FinalisingOnBothAtOnce_LeavesOneFinalState_AuditedOnce()
    {
        var email = $"secretariat-{Guid.NewGuid():N}@test.example";
        await _first.CreateUserAsync(email, TestAccounts.Password, Roles.Secretariat);
        var cookies = new CookieContainer();
        using var one = _first.CreateBrowserClient(cookies);
        await one.SignInAsync(email, TestAccounts.Password);
        using var other = _second.CreateBrowserClient(cookies);
        var page = $"/reports/outcome?event={EventCode}";
        // One antiforgery cookie and token, valid on both (the keys are shared).
        var token = await one.GetAntiforgeryTokenAsync(page);

        var answers = await Task.WhenAll(
            one.PostAsync(new Uri("/reports/finalize", UriKind.Relative), Form(token)),
            other.PostAsync(new Uri("/reports/finalize", UriKind.Relative), Form(token)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var audit = await _second.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Event").Select(a => a.Action).ToListAsync());
        Assert.Equal([FinalizeReport.FinalizedAction], audit);
        Assert.NotNull(await _second.WithDbAsync(db => db.Events.Where(e => e.Code == EventCode).Select(e => e.ReportFinalizedAt).SingleAsync()));

        static FormUrlEncodedContent Form(string token) => new([new("event", EventCode), new("__RequestVerificationToken", token)]);
    }

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }

    private static async Task<int> TotalAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/recommendations?event={EventCode}", UriKind.Relative)));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
