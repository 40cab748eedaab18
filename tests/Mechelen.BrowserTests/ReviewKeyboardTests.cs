using System.Diagnostics;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

public sealed class ReviewKeyboardTests(BrowserAppFactory app, ITestOutputHelper output) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    /// <summary>
    /// An officer signs in and reviews 30 recommendations with the keyboard alone: validate, reject with a reason, tag,
    /// put in the merge basket, skip, go back, undo. Every item's status is checked in the database afterwards.
    /// </summary>
    [SkippableFact]
    public async Task Officer_Reviews30Items_ByKeyboardAlone()
    {
        Chromium.RequireBrowser();
        var email = $"officer-{Guid.NewGuid():N}@test.example";
        await app.CreateUserAsync(email, Password, Roles.PolicyOfficer);
        var token = TestData.Token();
        var ids = await app.AddAsync(Enumerable.Range(1, 30).Select(i => new Rec($"Note {i} of the {token} queue about topic {i * 7}")).ToArray());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        // Sign in by keyboard: the officer lands on the review page.
        await page.GotoAsync($"{app.BaseUrl}/account/login");
        await page.GetByLabel("E-mail").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"{app.BaseUrl}/review");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Start reviewing" })).ToBeVisibleAsync();

        // The queue of this filter (the 30 notes, newest first); j starts it.
        await page.GotoAsync($"{app.BaseUrl}/recommendations?q={token}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Review these one by one" }).FocusAsync();
        var clock = Stopwatch.StartNew();
        var keys = 1;
        await page.Keyboard.PressAsync("Enter");
        var expected = new Dictionary<int, RecommendationStatus>();
        var inBasket = new List<int>();
        var queue = ids.Reverse().ToList();

        async Task<int> CurrentAsync()
        {
            await Expect(page.Locator("article.review-item")).ToBeVisibleAsync();
            return int.Parse(await page.Locator("article.review-item").GetAttributeAsync("data-id") ?? "0");
        }

        async Task PressAndWaitAsync(string key)
        {
            // Some keys come back to the same address (tags saved, added to the basket): wait for the navigation itself.
            var loaded = new TaskCompletionSource();
            void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
            page.Load += OnLoad;
            await page.Keyboard.PressAsync(key);
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
            page.Load -= OnLoad;
            keys++;
        }

        for (var i = 0; i < 30; i++)
        {
            var id = await CurrentAsync();
            Assert.Equal(queue[i], id);
            // The last item is validated (j has nowhere to go from it), so u has a last action to undo.
            switch (i == 29 ? 0 : i % 5)
            {
                case 0:
                case 3:
                    await PressAndWaitAsync("v");
                    expected[id] = RecommendationStatus.Validated;
                    break;
                case 1:
                    await page.Keyboard.PressAsync("r");
                    await page.Keyboard.TypeAsync("Not a recommendation");
                    keys += 1 + "Not a recommendation".Length;
                    await PressAndWaitAsync("Enter");
                    expected[id] = RecommendationStatus.Rejected;
                    break;
                case 2:
                    // Tags: t opens them on the first area, Space ticks it, Enter saves; then m for the basket, v to validate.
                    await page.Keyboard.PressAsync("t");
                    await page.Keyboard.PressAsync("Space");
                    keys += 2;
                    await PressAndWaitAsync("Enter");
                    Assert.Equal(id, await CurrentAsync());
                    await PressAndWaitAsync("m");
                    await Expect(page.GetByText("In the merge basket.")).ToBeVisibleAsync();
                    inBasket.Add(id);
                    await PressAndWaitAsync("v");
                    expected[id] = RecommendationStatus.Validated;
                    break;
                default:
                    // Skip with j: it stays to be reviewed; k goes back to it and j moves on again.
                    await PressAndWaitAsync("j");
                    await PressAndWaitAsync("k");
                    Assert.Equal(id, await CurrentAsync());
                    await PressAndWaitAsync("j");
                    expected[id] = RecommendationStatus.Submitted;
                    break;
            }

            if (i == 0)
            {
                await Chromium.ScreenshotAsync(page, "review-mode-desktop");
            }
        }

        // The last decision is undone with u.
        await page.GotoAsync($"{app.BaseUrl}/review?event=mechelen-2017");
        await page.Keyboard.PressAsync("u");
        keys++;
        await Expect(page.GetByText("Undone: 1 recommendations")).ToBeVisibleAsync();
        var last = queue[29];
        Assert.Equal(RecommendationStatus.Validated, expected[last]);
        expected[last] = RecommendationStatus.Submitted;
        clock.Stop();

        var statuses = await app.WithDbAsync(db => db.Recommendations.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Status));
        foreach (var id in ids)
        {
            Assert.Equal(expected[id], statuses[id]);
        }

        var tagged = await app.WithDbAsync(db => db.Recommendations.Where(r => inBasket.Contains(r.Id)).Select(r => r.Areas.Count).ToListAsync());
        Assert.All(tagged, count => Assert.Equal(2, count));
        output.WriteLine($"30 items reviewed with {keys} key presses in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"{expected.Values.Count(s => s == RecommendationStatus.Validated)} validated, {expected.Values.Count(s => s == RecommendationStatus.Rejected)} rejected, " +
            $"{expected.Values.Count(s => s == RecommendationStatus.Submitted)} left to review, {inBasket.Count} in the basket.");

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"{app.BaseUrl}/review/{ids[5]}");
        await Chromium.ScreenshotAsync(page, "review-mode-phone");
        await page.GotoAsync($"{app.BaseUrl}/key-recommendations/new");
        await Chromium.ScreenshotAsync(page, "merge-basket-phone");
    }
}
