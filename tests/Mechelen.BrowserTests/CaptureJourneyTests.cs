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

    /// <summary>Types into the focused Recommendation box, ticks the first governance area with Tab and Space, saves with Ctrl+Enter.</summary>
    private static async Task TickFirstAreaAndSaveAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Rationale or context")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var areas = page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" });
        await Expect(areas.GetByRole(AriaRole.Checkbox).First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(areas.GetByRole(AriaRole.Checkbox).First).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
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

        // First: typed and saved straight away.
        await Expect(text).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Give cities a seat at the table when national migration policy is drafted.");
        await TickFirstAreaAndSaveAsync(page);
        await Expect(text).ToBeFocusedAsync();
        await Expect(text).ToHaveValueAsync("");

        // Second: the page is reloaded mid-typing; the text comes back, the rapporteur carries on.
        await page.Keyboard.TypeAsync("Fund language courses for newcomers");
        await page.ReloadAsync();
        await Expect(text).ToHaveValueAsync("Fund language courses for newcomers");
        await Expect(text).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(" from the first week after arrival.");
        await Chromium.ScreenshotAsync(page, "capture-restored");
        await TickFirstAreaAndSaveAsync(page);

        // Third.
        await page.Keyboard.TypeAsync("Count undocumented residents in local statistics, without sharing names.");
        await TickFirstAreaAndSaveAsync(page);

        var captured = page.GetByRole(AriaRole.Region, new() { Name = "Captured in this session" }).GetByRole(AriaRole.Listitem);
        await Expect(captured).ToHaveCountAsync(3);
        await Expect(captured.Nth(0)).ToContainTextAsync("Count undocumented residents");
        await Expect(captured.Nth(1)).ToContainTextAsync("Fund language courses for newcomers from the first week after arrival.");
        await Expect(captured.Nth(2)).ToContainTextAsync("Give cities a seat at the table");
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('mechelen:capture:{sessionId}')"));
        await Chromium.ScreenshotAsync(page, "capture-desktop");

        await page.SetViewportSizeAsync(390, 844);
        await Chromium.ScreenshotAsync(page, "capture-phone");
    }

    [SkippableFact]
    public async Task SignInExpiresWhileTyping_TheNoteIsBackInTheFormAfterSigningInAgain()
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
        await context.ClearCookiesAsync(new() { Name = "mechelen.auth" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");

        await Expect(page.GetByLabel("Recommendation", new() { Exact = true })).ToHaveValueAsync(note);
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First).ToBeCheckedAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your sign-in had expired" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "capture-after-expired-sign-in");
    }
}
