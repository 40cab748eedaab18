using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>
/// The widest texts people can type (a 4,000-character word, 4,000 combining marks, a right-to-left override,
/// long CJK, Arabic and emoji) on every page that shows them, for every role, on a phone and on a desktop:
/// no page is wider than its viewport, and every right-to-left override sits in an isolated element.
/// </summary>
public sealed class HostileTextLayoutTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private const string Password = "browser-pass-2017";

    // Every text node holding a bidi override must sit in an element that isolates it (bdi or dir=auto) and holds
    // nothing else of the interface. Form controls and options render their own text apart from the page's.
    private const string UnisolatedOverrides = """
        () => {
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const bad = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!/[\u202A-\u202E\u2066-\u2069]/.test(node.data)) continue;
                const parent = node.parentElement;
                if (parent.closest('textarea, option, select, script')) continue;
                const isolate = parent.closest('bdi, [dir]');
                const style = isolate ? getComputedStyle(isolate).unicodeBidi : '';
                if (!isolate || isolate === document.body || !/isolate|plaintext/.test(style)) {
                    bad.push(parent.tagName.toLowerCase() + '.' + parent.className + ': ' + node.data.slice(0, 30));
                }
            }
            return bad.slice(0, 5);
        }
        """;

    [SkippableFact]
    public async Task HostileTexts_NeverMakeAPageWiderThanThePhoneOrDesktop_ForAnyRole()
    {
        Chromium.RequireBrowser();
        var rapporteur = await NewUserAsync(Roles.Rapporteur);
        var sessionId = await app.WithDbAsync(db => db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync());
        await app.AssignAsync(rapporteur.User.Id, sessionId);
        var officer = await NewUserAsync(Roles.PolicyOfficer);
        var secretariat = await NewUserAsync(Roles.Secretariat);
        var admin = await NewUserAsync(Roles.Admin);
        var scenario = await HostileData.AddAsync(app, sessionId, rapporteur.User, officer.User, secretariat.User, admin.User);
        var recs = scenario.Recommendations;
        var keys = scenario.KeyRecommendations;

        string[] workspace =
        [
            "/recommendations", "/recommendations?status=Rejected&status=Merged&status=Validated",
            .. recs.Select(id => $"/recommendations/{id}"),
            "/key-recommendations", .. keys.Select(id => $"/key-recommendations/{id}"),
            "/reports/outcome", $"/sessions/{sessionId}", $"/events/{scenario.EventCode}",
        ];
        var pages = new (string Email, string Role, string[] Urls)[]
        {
            (rapporteur.Email, "rapporteur", [
                $"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{recs[0]}/edit",
                $"/events/{scenario.EventCode}/capture/import?session={sessionId}", $"/sessions/{sessionId}", $"/events/{scenario.EventCode}"]),
            (officer.Email, "officer", [.. workspace, $"/key-recommendations/new?Select={recs[1]}:0&Select={recs[0]}:0"]),
            (secretariat.Email, "secretariat", [.. workspace, "/audit"]),
            (admin.Email, "admin", [
                "/audit", "/audit?entityType=Recommendation", "/admin", "/admin/users", $"/admin/users/{rapporteur.User.Id}",
                $"/admin/sessions/{sessionId}", $"/admin/events/{scenario.EventId}", $"/admin/areas/{scenario.HostileAreaId}"]),
        };

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var problems = new List<string>();
        foreach (var (email, role, urls) in pages)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
            await SignInAsync(page, email);
            foreach (var url in urls)
            {
                foreach (var width in new[] { 390, 1280 })
                {
                    await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
                    var response = await page.GotoAsync(app.BaseUrl + url);
                    if (response is not { Ok: true })
                    {
                        problems.Add($"{role} {url}: HTTP {response?.Status}");
                        break;
                    }

                    if (url.EndsWith("/capture", StringComparison.Ordinal))
                    {
                        // The similar hints are drawn by script from what the rapporteur types.
                        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Welcome desks for newcomers in every district");
                        try
                        {
                            await Expect(page.Locator("#similar-list li").First).ToBeVisibleAsync();
                        }
                        catch (PlaywrightException)
                        {
                            problems.Add($"{role} {url}: no similar hints shown");
                        }
                    }

                    var (scrollWidth, innerWidth) = await WidthsAsync(page);
                    if (scrollWidth > innerWidth)
                    {
                        problems.Add($"{role} {url} at {width} px: the page is {scrollWidth} px wide");
                    }

                    foreach (var bad in await page.EvaluateAsync<string[]>(UnisolatedOverrides))
                    {
                        problems.Add($"{role} {url}: override not isolated in {bad}");
                    }

                    await ScreenshotAsync(page, $"hostile-{role}-{Slug(url)}-{width}", scrollWidth);
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Distinct()));
    }

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    // The top of the page, and of its history when it has one (a page of hostile texts is taller than a screenshot
    // can be), at most 2,000 px across when it overflows.
    private static async Task ScreenshotAsync(IPage page, string name, int scrollWidth)
    {
        var folder = Environment.GetEnvironmentVariable("MECHELEN_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var tops = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollHeight, Math.round((document.querySelector('.history')?.getBoundingClientRect().top ?? -1) + window.scrollY)]");
        foreach (var (suffix, top) in new[] { ("", 0), ("-history", tops[1] - 80) }.Where(t => t.Item2 >= 0))
        {
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(folder, name + suffix + ".png"),
                FullPage = true,
                Clip = new() { X = 0, Y = top, Width = Math.Min(scrollWidth, 2000), Height = Math.Min(tops[0] - top, 3000) },
            });
        }
    }

    private static string Slug(string url) =>
        new string(url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)] : "home";

    private async Task<(string Email, ApplicationUser User)> NewUserAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        return (email, await app.CreateUserAsync(email, Password, role));
    }

    private async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync($"{app.BaseUrl}/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Policy officers land on the review page, everyone else on the programme.
        await page.WaitForURLAsync(url => url == $"{app.BaseUrl}/" || url == $"{app.BaseUrl}/review");
    }
}
