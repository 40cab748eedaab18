using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>Helpers shared by the phone capture tests.</summary>
internal static class PhoneCapture
{
    /// <summary>Signs in and waits for the landing page: the programme, or <paramref name="landing"/> for roles that land elsewhere.</summary>
    public static async Task SignInAsync(IPage page, string baseUrl, string email, string password, string landing = "/")
    {
        await page.GotoAsync($"{baseUrl}/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The redirect is what signing in decides; the landing page's images and live counts need not have loaded. A
        // minute, not thirty seconds: on the two-core CI machine the other test assemblies run beside the browser.
        await page.WaitForURLAsync(baseUrl + landing, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
    }
}

/// <summary>The capture page on a 390×844 phone, counting the rapporteur's taps besides typing.</summary>
public sealed class PhoneCaptureTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";
    private int _taps;

    private async Task TapAsync(ILocator target)
    {
        await target.ClickAsync();
        _taps++;
    }

    [SkippableFact]
    public async Task OnAPhone_EverythingFitsWithoutScrolling_NewTagsTakeFourTaps_SameTagsOne()
    {
        Chromium.RequireBrowser();
        var email = $"phone-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(email, Password);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var page = await context.NewPageAsync();
        await PhoneCapture.SignInAsync(page, app.BaseUrl, email, Password);
        await page.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        await Chromium.ScreenshotAsync(page, "capture-phone-empty");

        var text = page.GetByLabel("Recommendation", new() { Exact = true });
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" });
        var areas = page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" });
        var levels = page.GetByRole(AriaRole.Group, new() { Name = "Level of governance" });
        var actors = page.GetByRole(AriaRole.Group, new() { Name = "Addressed to" });
        // Save sits in a bar stuck to the bottom of the screen; everything else must end above it.
        var bar = await save.BoundingBoxAsync();
        Assert.NotNull(bar);
        Assert.True(bar.Y + bar.Height <= 844, $"Save ends at {bar.Y + bar.Height} px, below the 844 px screen");
        foreach (var control in new[] { text, areas, levels, actors })
        {
            var box = await control.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= bar.Y, $"{control} ends at {box.Y + box.Height} px, under the Save bar at {bar.Y} px");
        }

        await Expect(page.GetByLabel("Language")).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.scrollY"));
        await Expect(text).ToBeFocusedAsync();

        // A note with a new area, level and actor: typing, then area + level + actor + Save.
        await page.Keyboard.TypeAsync("Give cities a seat at the table when national migration policy is drafted.");
        var area = areas.GetByRole(AriaRole.Checkbox).First;
        var areaName = await area.EvaluateAsync<string>("box => box.parentElement.textContent.trim()");
        await TapAsync(area);
        await TapAsync(levels.GetByRole(AriaRole.Checkbox, new() { Name = "Local" }));
        await TapAsync(actors.GetByRole(AriaRole.Checkbox, new() { Name = "National governments" }));
        await TapAsync(save);
        Assert.Equal(4, _taps);
        await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(1);
        await Expect(text).ToHaveValueAsync("");
        await Expect(text).ToBeFocusedAsync();
        await Chromium.ScreenshotAsync(page, "capture-phone-after-save");
        if (Environment.GetEnvironmentVariable("MECHELEN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            // What the phone shows, for the README (docs/capture-phone.png).
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "capture-phone-screen.png") });
        }


        // The next note keeps those tags: typing + Save.
        _taps = 0;
        await page.Keyboard.TypeAsync("Let local governments register newcomers' skills on arrival.");
        await Expect(areas.GetByRole(AriaRole.Checkbox, new() { Name = areaName })).ToBeCheckedAsync();
        await TapAsync(save);
        Assert.Equal(1, _taps);
        await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(2);

        // Ctrl+Enter saves too; "Clear tags" empties every chip in one tap.
        await page.Keyboard.TypeAsync("Open municipal services to every resident, whatever their papers.");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear tags" }).ClickAsync();
        Assert.Equal(0, await page.Locator(".chips input:checked").CountAsync());

        var stored = await app.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).Where(r => r.SessionId == sessionId).ToListAsync());
        Assert.Equal(3, stored.Count);
        Assert.All(stored, r =>
        {
            Assert.Equal(GovernanceLevels.Local, r.Levels);
            Assert.Equal(ActorGroups.NationalGovernments, r.Actors);
            Assert.Single(r.Areas);
        });
    }

    [SkippableFact]
    public async Task PastedTextOverTheLimit_IsKept_AndTheCounterSaysHowMuchIsOver()
    {
        Chromium.RequireBrowser();
        var email = $"phone-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(email, Password);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await PhoneCapture.SignInAsync(page, app.BaseUrl, email, Password);
        await page.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");

        var text = page.GetByLabel("Recommendation", new() { Exact = true });
        var pasted = new string('a', 4_012);
        await text.FillAsync(pasted);
        await Expect(text).ToHaveValueAsync(pasted);
        await Expect(page.Locator("#Text-count")).ToHaveTextAsync("12 characters too many: shorten the text to save it.");
        await page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("between 10 and 4,000 characters");
        await Expect(text).ToHaveValueAsync(pasted);
    }
}
