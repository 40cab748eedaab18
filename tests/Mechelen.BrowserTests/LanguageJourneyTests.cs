using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>
/// Every page of every role, walked in French and in Spanish, shows none of the interface's English: each
/// text and each attribute people read is compared with the English resources whose translation differs.
/// </summary>
public sealed partial class LanguageJourneyTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    private const string Password = "browser-pass-2017";

    // What the page shows, as the reader meets it: text nodes (hidden ones too: folded facets, screen-reader text),
    // the attributes read aloud or shown on hover, the messages scripts show, and the window title. Text marked as
    // another language (the switcher's "English", a note kept in its own language) is not the page's.
    private const string ReadableText = """
        () => {
          const out = [];
          const page = document.documentElement.lang;
          const foreign = el => { const marked = el && el.closest('[lang]'); return marked && marked.lang !== page; };
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (n.parentElement && (n.parentElement.closest('script, style') || foreign(n.parentElement))) continue;
            const t = n.textContent.replace(/\s+/g, ' ').trim();
            if (t) out.push(t);
          }
          const names = ['title', 'aria-label', 'placeholder', 'alt', 'data-confirm', 'data-building', 'data-ready', 'data-failed',
                         'data-too-large', 'data-restored-message', 'data-hint-one', 'data-hint-many'];
          for (const el of document.querySelectorAll('*')) {
            if (foreign(el)) continue;
            for (const name of names) {
              const v = el.getAttribute(name);
              if (v && v.trim()) out.push(v.trim());
            }
          }
          out.push(...document.title.split(' · '));
          return out;
        }
        """;

    [SkippableTheory]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task EveryPageOfEveryRole_ShowsNoEnglishInterfaceText(string culture)
    {
        Chromium.RequireBrowser();
        var t = Resources.Read(culture);
        var english = EnglishOnly(culture);
        var localised = Patterns(t.Values, whole: true);
        var ids = await IdsAsync();
        var rapporteur = await NewAccountAsync("rapporteur", Roles.Rapporteur);
        var sessionId = await app.WithDbAsync(db => db.RapporteurAssignments.Where(a => a.User.Email == rapporteur).Select(a => a.SessionId).FirstAsync());
        var eventCode = await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).FirstAsync());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var walked = new List<string>();
        var problems = new List<string>();

        async Task<IPage> ReaderAsync()
        {
            // Phone width: where a longer French or Spanish wording would first break a layout.
            var context = await browser.NewContextAsync(new() { Locale = "en-GB", ViewportSize = new() { Width = 390, Height = 844 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{app.BaseUrl}/");
            await page.GetByRole(AriaRole.Button, new() { Name = culture == "fr" ? "Français" : "Español" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            return page;
        }

        async Task CheckAsync(IPage page, string label)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            var texts = await page.EvaluateAsync<string[]>(ReadableText);
            // A text that reads as one of the translations ("1 similar" is Spanish too) is the page's own.
            problems.AddRange(texts.Where(text => !localised.Any(l => l.IsMatch(text)))
                .SelectMany(text => english.Where(e => e.Matches(text)).Select(e => $"{label}: \"{e.Value}\" in \"{text}\"")));
            walked.Add(label);
            await Chromium.ScreenshotAsync(page, $"{culture}-{walked.Count:00}-{FileName().Replace(label.Trim('/'), "-")}");
        }

        async Task WalkAsync(IPage page, params string[] paths)
        {
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(app.BaseUrl + path);
                Assert.True(response!.Status is 200 or 403 or 404, $"{path} answered {response.Status}");
                await CheckAsync(page, path);
            }
        }

        async Task SignInAsync(IPage page, string email)
        {
            await page.GotoAsync($"{app.BaseUrl}/account/login");
            await page.GetByLabel(t["E-mail"]).FillAsync(email);
            await page.GetByLabel(t["Password"]).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = t["Sign in"] }).ClickAsync();
            // Policy officers land on the review page, everyone else on the programme.
            await page.WaitForURLAsync(url => url == $"{app.BaseUrl}/" || url == $"{app.BaseUrl}/review");
        }

        var anonymous = await ReaderAsync();
        await WalkAsync(anonymous, "/", $"/sessions/{sessionId}", "/account/login", "/no-such-page");
        await anonymous.GotoAsync($"{app.BaseUrl}/account/login");
        await anonymous.GetByRole(AriaRole.Button, new() { Name = t["Sign in"] }).ClickAsync();
        await CheckAsync(anonymous, "/account/login (refused: empty fields)");
        await WalkAsync(anonymous, "/account/denied");

        // The rapporteur captures one recommendation in the page's language, then walks capture, edit and upload.
        var reporter = await ReaderAsync();
        await SignInAsync(reporter, rapporteur);
        await reporter.GotoAsync($"{app.BaseUrl}/sessions/{sessionId}/capture");
        await reporter.GetByLabel(t["Recommendation"], new() { Exact = true }).FillAsync("Ouvrir des guichets d'accueil municipaux dans chaque quartier.");
        await reporter.GetByRole(AriaRole.Group, new() { Name = t["Governance areas"] }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = t["Save recommendation"] }).ClickAsync();
        var rapporteurId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == rapporteur).Select(u => u.Id).FirstAsync());
        // The page's outbox sends the note in the background; wait until the server has it.
        for (var attempt = 0; attempt < 100 && !await app.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.CapturedById == rapporteurId)); attempt++)
        {
            await Task.Delay(100);
        }

        var own = await app.WithDbAsync(db => db.Recommendations.Where(r => r.CapturedById == rapporteurId).Select(r => r.Id).FirstAsync());
        await WalkAsync(reporter, $"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{own}/edit", $"/events/{eventCode}/capture/import?session={sessionId}");

        var officer = await ReaderAsync();
        await SignInAsync(officer, await NewAccountAsync("officer", Roles.PolicyOfficer));
        await WalkAsync(officer, "/recommendations", "/recommendations?status=Validated&level=Local&sort=Area", $"/recommendations/{ids.Validated}",
            $"/recommendations/{ids.Merged}", "/key-recommendations", $"/key-recommendations/new?Select={ids.Validated}:{ids.ValidatedVersion}",
            $"/key-recommendations/{ids.Key}", "/reports/outcome", "/reports/outcome?area=housing");

        var secretariat = await ReaderAsync();
        await SignInAsync(secretariat, await NewAccountAsync("secretariat", Roles.Secretariat));
        await WalkAsync(secretariat, "/reports/outcome", "/audit", "/recommendations");

        var admin = await ReaderAsync();
        await SignInAsync(admin, await NewAccountAsync("admin", Roles.Admin));
        var adminIds = await app.WithDbAsync(async db => (
            Event: await db.Events.Select(e => e.Id).FirstAsync(),
            Area: await db.GovernanceAreas.Select(a => a.Id).FirstAsync()));
        await WalkAsync(admin, "/admin", "/admin/users", "/admin/users/new", $"/admin/users/{rapporteurId}", $"/admin/events/{adminIds.Event}",
            $"/admin/sessions/{sessionId}", $"/admin/areas/{adminIds.Area}", "/audit");

        Assert.True(problems.Count == 0, $"English interface text in {culture}:\n" + string.Join("\n", problems.Distinct()));
        Assert.True(walked.Count >= 25, $"{walked.Count} pages walked");
        Console.WriteLine($"{culture}: {walked.Count} pages walked, {english.Count} English phrases looked for");
    }

    /// <summary>Where sign-in lands: the programme, or the review page for policy officers.</summary>
    private bool SignedInHome(string url) => url == $"{app.BaseUrl}/" || url == $"{app.BaseUrl}/review";

    [SkippableFact]
    public async Task TheLanguageChosenWithTheSwitcher_SurvivesSignInAndSignOut_AndFollowsTheProfile()
    {
        Chromium.RequireBrowser();
        var fr = Resources.Read("fr");
        var es = Resources.Read("es");
        var email = await NewAccountAsync("switcher", Roles.PolicyOfficer);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var html = page.Locator("html");

        await page.GotoAsync($"{app.BaseUrl}/");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Français" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fr");

        await page.GetByRole(AriaRole.Link, new() { Name = fr["Sign in"] }).ClickAsync();
        await page.GetByLabel(fr["E-mail"]).FillAsync(email);
        await page.GetByLabel(fr["Password"]).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = fr["Sign in"] }).ClickAsync();
        await page.WaitForURLAsync(SignedInHome);
        await Expect(html).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = fr["Recommendations"], Exact = true })).ToBeVisibleAsync();
        Assert.Equal("fr", await LanguageOfAsync(email));

        await page.GetByRole(AriaRole.Button, new() { Name = fr["Sign out"] }).ClickAsync();
        await page.WaitForURLAsync($"{app.BaseUrl}/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = fr["Sign in"] })).ToBeVisibleAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fr");

        // Signed in, the switcher changes the profile too; a browser that never saw the choice gets it at sign-in.
        await page.GetByRole(AriaRole.Link, new() { Name = fr["Sign in"] }).ClickAsync();
        await page.GetByLabel(fr["E-mail"]).FillAsync(email);
        await page.GetByLabel(fr["Password"]).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = fr["Sign in"] }).ClickAsync();
        await page.WaitForURLAsync(SignedInHome);
        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "es");
        Assert.Equal("es", await LanguageOfAsync(email));
        await page.GetByRole(AriaRole.Button, new() { Name = es["Sign out"] }).ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "es");

        var elsewhere = await (await browser.NewContextAsync(new() { Locale = "fr-FR" })).NewPageAsync();
        await elsewhere.GotoAsync($"{app.BaseUrl}/account/login");
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await elsewhere.GetByLabel(fr["E-mail"]).FillAsync(email);
        await elsewhere.GetByLabel(fr["Password"]).FillAsync(Password);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = fr["Sign in"] }).ClickAsync();
        await elsewhere.WaitForURLAsync(SignedInHome);
        await Expect(elsewhere.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(elsewhere.GetByRole(AriaRole.Link, new() { Name = es["Key recommendations"] })).ToBeVisibleAsync();
    }

    private sealed record English(string Value, Regex Pattern)
    {
        public bool Matches(string text) => Pattern.IsMatch(text);
    }

    /// <summary>
    /// The English wordings a page in <paramref name="culture"/> must not show: those whose translation differs. Short ones
    /// (one or two words) must be a whole text to count, so a word inside a session title or a note is not taken for the interface;
    /// longer ones count anywhere in a text. Placeholders match anything.
    /// </summary>
    private static List<English> EnglishOnly(string culture)
    {
        var translated = Resources.Read(culture);
        // A text spelt the same in both languages ("Rapporteurs", "Sessions") is not English when it is the translation of something.
        var translations = translated.Values.Concat(Resources.ReadReport(culture).Values).ToHashSet(StringComparer.Ordinal);
        return Resources.Read()
            .Where(p => !p.Key.StartsWith("Format.", StringComparison.Ordinal) && translated.GetValueOrDefault(p.Key) != p.Value
                && !translations.Contains(p.Value) && Word().IsMatch(p.Value))
            .Select(p => TagOrSpace().Replace(p.Value, " ").Trim())
            .Distinct()
            .Select(value => new English(value, Pattern(value, whole: Word().Count(Placeholder().Replace(value, "")) <= 2)))
            .ToList();
    }

    private static List<Regex> Patterns(IEnumerable<string> values, bool whole) =>
        values.Select(v => TagOrSpace().Replace(v, " ").Trim()).Where(v => Word().IsMatch(Placeholder().Replace(v, ""))).Distinct().Select(v => Pattern(v, whole)).ToList();

    // Placeholders match anything; a whole pattern must be the entire text.
    private static Regex Pattern(string value, bool whole)
    {
        var body = EscapedPlaceholder().Replace(Regex.Escape(value), ".+?");
        return new Regex(whole ? $"^{body}$" : body, RegexOptions.CultureInvariant);
    }

    private async Task<(int Validated, int ValidatedVersion, int Merged, int Key)> IdsAsync() =>
        await app.WithDbAsync(async db =>
        {
            var validated = await db.Recommendations.Where(r => r.Status == RecommendationStatus.Validated).OrderBy(r => r.Id).FirstAsync();
            var merged = await db.Recommendations.Where(r => r.Status == RecommendationStatus.Merged).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
            var key = await db.KeyRecommendations.OrderBy(k => k.Id).Select(k => k.Id).FirstAsync();
            return (validated.Id, validated.Version, merged, key);
        });

    private async Task<string> NewAccountAsync(string prefix, string role)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@test.example";
        if (role == Roles.Rapporteur)
        {
            await app.CreateRapporteurAsync(email, Password);
        }
        else
        {
            await app.CreateUserAsync(email, Password, role);
        }

        return email;
    }

    private Task<string?> LanguageOfAsync(string email) => app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync());

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\\\{\d+(:[^}]*)?\}")]
    private static partial Regex EscapedPlaceholder();

    [GeneratedRegex(@"[^\w-]+")]
    private static partial Regex FileName();

    [GeneratedRegex(@"<[^>]+>|\s+")]
    private static partial Regex TagOrSpace();
}
