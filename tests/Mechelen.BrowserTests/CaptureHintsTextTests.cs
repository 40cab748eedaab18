using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>The capture page's similar hints with text a phone produces: emoji, which are two UTF-16 units each.</summary>
public sealed class CaptureHintsTextTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    [SkippableFact]
    public async Task AnEmojiWhereTheHintsQueryIsCut_StillAsksForHints()
    {
        Chromium.RequireBrowser();
        var email = $"hints-{Guid.NewGuid():N}@test.example";
        var sessionId = await app.CreateRapporteurAsync(email, Password);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync($"{app.BaseUrl}/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/");
        await page.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        var text = page.GetByLabel("Recommendation", new() { Exact = true });
        await Expect(text).ToBeVisibleAsync();

        // The hints send the first 500 characters; the 500th is the first half of the emoji.
        var typed = "Shelter " + new string('a', 491) + "😀 for families arriving at night";
        var request = await page.RunAndWaitForRequestAsync(() => text.FillAsync(typed), r => r.Url.Contains("/capture/similar", StringComparison.Ordinal));

        var sent = Uri.UnescapeDataString(new Uri(request.Url).Query["?text=".Length..]);
        Assert.Equal(typed[..499], sent);
    }
}
