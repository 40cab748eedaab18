using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

public sealed class CaptureJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    private static async Task SignInByKeyboardAsync(IPage page, string baseUrl, string email)
    {
        await page.GotoAsync($"{baseUrl}/account/login");
        await Expect(page.GetByLabel("E-mail")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{baseUrl}/");
    }

    /// <summary>
    /// Types into the focused Recommendation box, ticks the first governance area with Tab and Space (past the
    /// folded rationale and the area filter), saves with Ctrl+Enter and waits until the note is confirmed in the list.
    /// </summary>
    private static async Task TickFirstAreaAndSaveAsync(IPage page, int confirmed)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("details.rationale summary")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Find a governance area")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        if (await page.EvaluateAsync<bool>("() => document.activeElement.id === 'clear-tags'"))
        {
            // Shown once tags are ticked, between the filter and the chips.
            await page.Keyboard.PressAsync("Tab");
        }

        var areas = page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" });
        var first = areas.GetByRole(AriaRole.Checkbox).First;
        await Expect(first).ToBeFocusedAsync();
        if (!await first.IsCheckedAsync())
        {
            await page.Keyboard.PressAsync("Space");
        }

        await Expect(first).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(confirmed);
    }

    [SkippableFact]
    public async Task Rapporteur_CapturesThreeByKeyboard_ReloadMidTypingKeepsTheText_AndSeesThemListed()
    {
        Chromium.RequireBrowser();
        var email = $"browser-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(email, Password);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await SignInByKeyboardAsync(page, app.BaseUrl, email);
        await page.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Capture recommendations" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        var text = page.GetByLabel("Recommendation", new() { Exact = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Level of governance" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Addressed to" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Language")).ToBeVisibleAsync();

        // The session may already hold notes from other tests of this class (the app is shared): count on from them.
        var earlier = await page.Locator("ol.captured > li").CountAsync();

        // First: typed and saved straight away.
        await Expect(text).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Give cities a seat at the table when national migration policy is drafted.");
        await TickFirstAreaAndSaveAsync(page, 1);
        await Expect(text).ToBeFocusedAsync();
        await Expect(text).ToHaveValueAsync("");

        // Second: the page is reloaded mid-typing; the text comes back, the rapporteur carries on.
        await page.Keyboard.TypeAsync("Fund language courses for newcomers");
        await page.ReloadAsync();
        await Expect(text).ToHaveValueAsync("Fund language courses for newcomers");
        await Expect(text).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(" from the first week after arrival.");
        await Chromium.ScreenshotAsync(page, "capture-restored");
        await TickFirstAreaAndSaveAsync(page, 1);

        // Third.
        await page.Keyboard.TypeAsync("Count undocumented residents in local statistics, without sharing names.");
        await TickFirstAreaAndSaveAsync(page, 2);

        // The list itself: the session's live counts sit in regions of their own that also speak of the session.
        var captured = page.Locator("ol.captured > li");
        await Expect(captured).ToHaveCountAsync(earlier + 3);
        await Expect(captured.Nth(0)).ToContainTextAsync("Count undocumented residents");
        await Expect(captured.Nth(1)).ToContainTextAsync("Fund language courses for newcomers from the first week after arrival.");
        await Expect(captured.Nth(2)).ToContainTextAsync("Give cities a seat at the table");
        // What stays on the device is the tags for the next note, not the text of a saved one.
        Assert.Equal("", await page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('mechelen:capture:{sessionId}')).text"));
        await Chromium.ScreenshotAsync(page, "capture-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await Chromium.ScreenshotAsync(page, "capture-phone");
    }

    [SkippableFact]
    public async Task SignInExpiresWhileTyping_TheNoteWaitsOnTheDevice_AndIsSentAfterSigningInAgain()
    {
        Chromium.RequireBrowser();
        var email = $"browser-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(email, Password);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await SignInByKeyboardAsync(page, app.BaseUrl, email);
        await page.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        const string note = "Make municipal services reachable in the languages newcomers speak.";
        await page.Keyboard.TypeAsync(note);
        await page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();

        // The sign-in cookie runs out while the rapporteur types; the other cookies stay, as in a real browser.
        // The note waits on the device; signing in again sends it.
        await context.ClearCookiesAsync(new() { Name = "mechelen.auth" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        var status = page.Locator("#queue-status");
        await Expect(status).ToContainTextAsync("Your sign-in has expired");
        await Expect(page.Locator(".captured-item.pending")).ToHaveCountAsync(1);
        await status.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");

        await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(1);
        await Expect(status).ToBeHiddenAsync();
        Assert.Equal([note], await app.WithDbAsync(db => db.Recommendations.Where(r => r.SessionId == sessionId).Select(r => r.Text).ToListAsync()));
        await Chromium.ScreenshotAsync(page, "capture-after-expired-sign-in");
    }
}
