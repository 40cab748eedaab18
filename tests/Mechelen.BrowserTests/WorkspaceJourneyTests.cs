using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Workspace;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

public sealed class WorkspaceJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    [SkippableFact]
    public async Task Officer_SeesSimilarHints_FiltersByTickingAFacet_GoesBack_SearchesWithoutAccents_AndAcrossEvents()
    {
        Chromium.RequireBrowser();
        var email = $"officer-{Guid.NewGuid():N}@test.example";
        await app.CreateUserAsync(email, Password, Roles.PolicyOfficer);
        var ids = await app.AddAsync(
            new Rec("Open municipal welcome desks for newcomers in every district of the city.") { Areas = ["services"] },
            new Rec("Open municipal welcome desks for all newcomers in every district of the city.") { Areas = ["services"], SessionIndex = 1 },
            new Rec("Recognise foreign qualifications within three months to speed up labour market integración.") { Areas = ["employment"] });
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync($"{app.BaseUrl}/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/review");

        await page.GotoAsync($"{app.BaseUrl}/recommendations");
        var count = page.Locator("#result-count");
        await Expect(count).ToHaveTextAsync("3 matching");

        // The two near-duplicates point at each other once the page has fetched its hints; the third has none.
        await Expect(page.Locator($"[data-similar='{ids[0]}'] a")).ToHaveTextAsync("1 similar");
        await Expect(page.Locator($"[data-similar='{ids[1]}'] a")).ToHaveTextAsync("1 similar");
        await Expect(page.Locator($"[data-similar='{ids[2]}'] a")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(page, "workspace-desktop");

        // Ticking a facet applies the filter at once, and the filter is in the address.
        // Long facets start folded: the officer opens one, then ticks a value.
        var facet = page.Locator("details.facet").Filter(new() { Has = page.GetByText("Governance area", new() { Exact = true }) });
        await facet.Locator("summary").ClickAsync();
        await facet.GetByLabel("Employment and decent work").CheckAsync();
        await page.WaitForURLAsync(url => url.Contains("area=employment", StringComparison.Ordinal));
        await Expect(count).ToHaveTextAsync("1 matching");
        await Expect(page.Locator("ol.rec-list > li")).ToHaveCountAsync(1);

        // Back returns to the unfiltered list.
        await page.GoBackAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/recommendations");
        await Expect(count).ToHaveTextAsync("3 matching");

        // Search without the accent finds the accented word.
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search text and rationale" }).FillAsync("integracion");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q=integracion", StringComparison.Ordinal));
        await Expect(count).ToHaveTextAsync("1 matching");
        await Expect(page.Locator("ol.rec-list")).ToContainTextAsync("integración");

        // The same words across every event, and back into this event's list from its count.
        await page.GetByRole(AriaRole.Link, new() { Name = "Search all events" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/search?q=integracion", StringComparison.Ordinal));
        await Expect(page.Locator("#result-count")).ToHaveTextAsync("Recommendations found: 1. Events with a match: 1.");
        await Expect(page.Locator("ol.rec-list")).ToContainTextAsync("integración");
        await page.Locator("ul.event-counts a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/recommendations?event=", StringComparison.Ordinal) && url.Contains("q=integracion", StringComparison.Ordinal));
        await Expect(count).ToHaveTextAsync("1 matching");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"{app.BaseUrl}/recommendations");
        await Chromium.ScreenshotAsync(page, "workspace-phone");
    }
}
