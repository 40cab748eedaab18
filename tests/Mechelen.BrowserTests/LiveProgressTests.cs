using System.Globalization;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>
/// While a rapporteur captures, the session's counts move on every open page without a reload: the officer's session
/// page, the public programme, and the capture list heading of a second rapporteur's phone in the same session.
/// </summary>
public sealed class LiveProgressTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    // Polling runs every ten seconds and the endpoints may be cached for five: a change shows within fifteen.
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 30_000 };

    [SkippableFact]
    public async Task ANoteSaved_ShowsOnTheSessionPage_TheProgramme_AndTheOtherPhone_WithoutReload()
    {
        Chromium.RequireBrowser();
        var writer = $"live-{Guid.NewGuid():N}@test.example";
        var watcher = $"live-{Guid.NewGuid():N}@test.example";
        var officer = $"live-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(writer, Password);
        Assert.Equal(sessionId, await app.CreateRapporteurAsync(watcher, Password));
        await app.CreateUserAsync(officer, Password, Roles.PolicyOfficer);
        var eventCode = await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).SingleAsync());
        var before = await app.WithDbAsync(db => db.Recommendations.CountAsync(r => r.SessionId == sessionId && r.Status != RecommendationStatus.Draft));

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true };

        var officerPage = await (await browser.NewContextAsync()).NewPageAsync();
        await PhoneCapture.SignInAsync(officerPage, app.BaseUrl, officer, Password, "/review");
        await officerPage.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}");
        var sessionTotal = officerPage.Locator("[data-progress] [data-total]");
        await Expect(sessionTotal).ToHaveTextAsync(Number(before));

        var programme = await (await browser.NewContextAsync()).NewPageAsync();
        await programme.GotoAsync($"{app.BaseUrl}/events/{eventCode}");
        var sessionCount = programme.Locator($"[data-session-count='{sessionId}'] .count");
        await Expect(sessionCount).ToHaveTextAsync(Number(before));

        var watcherPage = await (await browser.NewContextAsync(phone)).NewPageAsync();
        await PhoneCapture.SignInAsync(watcherPage, app.BaseUrl, watcher, Password);
        await watcherPage.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        var heading = watcherPage.Locator("[data-captured-total]");
        await Expect(heading).ToHaveTextAsync(Number(before));

        // A mark on each watching page: it survives only if the page is not reloaded.
        foreach (var watching in new[] { officerPage, programme, watcherPage })
        {
            await watching.EvaluateAsync("() => { window.notReloaded = true; }");
        }

        var writerPage = await (await browser.NewContextAsync(phone)).NewPageAsync();
        await PhoneCapture.SignInAsync(writerPage, app.BaseUrl, writer, Password);
        await writerPage.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        await writerPage.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Count newcomers in the city's own statistics, whatever their status.");
        await writerPage.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First.ClickAsync();
        await writerPage.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Expect(writerPage.Locator(".captured-item.confirmed")).ToHaveCountAsync(1);
        // The writer's own page asks at once after its save.
        await Expect(writerPage.Locator("[data-captured-total]")).ToHaveTextAsync(Number(before + 1), Soon);

        await Expect(sessionTotal).ToHaveTextAsync(Number(before + 1), Soon);
        await Expect(officerPage.Locator("[data-progress] [data-status='Submitted'] .count")).Not.ToHaveTextAsync("0", Soon);
        await Expect(sessionCount).ToHaveTextAsync(Number(before + 1), Soon);
        await Expect(heading).ToHaveTextAsync(Number(before + 1), Soon);
        foreach (var watching in new[] { officerPage, programme, watcherPage })
        {
            Assert.True(await watching.EvaluateAsync<bool>("() => window.notReloaded === true"), $"{watching.Url} was reloaded");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
