using System.Net;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

/// <summary>
/// A capture POST without a valid sign-in is kept for the rapporteur only when it comes from their own
/// capture page in their own browser; anything else (a cross-site form, a forged or borrowed token) is
/// turned to the login page without writing a note or a cookie.
/// </summary>
public sealed class ExpiredLoginStashTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private const string Note = "Give rapporteurs a way to keep notes when the network drops.";

    private sealed record Browser(HttpClient Client, CookieContainer Cookies, string Email, string UserId, int SessionId, string CapturePage);

    /// <summary>A rapporteur's browser with the capture page open; then the sign-in runs out.</summary>
    private async Task<Browser> OpenCapturePageAsync(int sessionIndex = 2)
    {
        var sessionId = (await factory.SessionIdsAsync())[sessionIndex];
        var email = $"stash-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        await factory.AssignAsync(user.Id, sessionId);
        var cookies = new CookieContainer();
        var client = factory.CreateBrowserClient(cookies);
        await client.SignInAsync(email, TestAccounts.Password);
        var page = await client.GetStringAsync($"/sessions/{sessionId}/capture");
        return new Browser(client, cookies, email, user.Id, sessionId, page);
    }

    private static void SignInRunsOut(Browser browser) =>
        browser.Cookies.GetCookies(browser.Client.BaseAddress!).Single(c => c.Name == "mechelen.auth").Expired = true;

    private static HttpRequestMessage CapturePost(int sessionId, IEnumerable<KeyValuePair<string, string>> fields, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/sessions/{sessionId}/capture") { Content = new FormUrlEncodedContent(fields) };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static async Task<string> CapturePageAfterSigningInAsync(Browser browser, string? email = null)
    {
        await browser.Client.SignInAsync(email ?? browser.Email, TestAccounts.Password);
        return CaptureForms.Decode(await browser.Client.GetStringAsync($"/sessions/{browser.SessionId}/capture"));
    }

    [Fact]
    public async Task CrossSitePost_WritesAtMostOneSmallCookie_AndNeverPrefillsTheVictimsForm()
    {
        var victim = await OpenCapturePageAsync();
        var areas = await factory.AreaIdsAsync();

        // The attacker's page submits a form to the capture URL: the browser sends none of the app's SameSite cookies.
        var attackerKey = Guid.NewGuid();
        var attack = CaptureForms.Fields(string.Concat(Enumerable.Repeat("Attacker text. ", 4000)), attackerKey, Enumerable.Repeat(areas[0], 1000),
            rationale: string.Concat(Enumerable.Repeat("More attacker text. ", 2000)));
        var crossSite = factory.CreateDefaultClient(new Uri("https://localhost"));
        var response = await crossSite.SendAsync(CapturePost(victim.SessionId, attack,
            ("Origin", "https://attacker.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        Assert.True(setCookies.Count <= 1, $"{setCookies.Count} Set-Cookie headers, {setCookies.Sum(c => c.Length)} bytes");
        Assert.All(setCookies, c => Assert.True(c.Length <= 512, $"a cookie of {c.Length} bytes"));

        // Whatever the browser stored from that answer, the victim's next capture page is their own.
        foreach (var cookie in setCookies)
        {
            victim.Cookies.SetCookies(victim.Client.BaseAddress!, cookie);
        }

        var page = CaptureForms.Decode(await victim.Client.GetStringAsync($"/sessions/{victim.SessionId}/capture"));
        Assert.DoesNotContain("Attacker text.", page);
        Assert.DoesNotContain("Your sign-in had expired", page);
        Assert.NotEqual(attackerKey, CaptureForms.KeyOnPage(page));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Origin", "null")]
    public async Task PostFromAnotherOrigin_IsNotKept_EvenWithTheRightCookieAndToken(string header, string value)
    {
        var browser = await OpenCapturePageAsync();
        SignInRunsOut(browser);
        var areas = await factory.AreaIdsAsync();
        var fields = CaptureForms.Fields(Note, Guid.NewGuid(), [areas[0]]).Concat(CaptureForms.HiddenFields(browser.CapturePage));

        var response = await browser.Client.SendAsync(CapturePost(browser.SessionId, fields, (header, value)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(Note, await CapturePageAfterSigningInAsync(browser));
    }

    [Fact]
    public async Task TokenOfAnotherBrowserOrSession_IsNotKept()
    {
        var rapporteur = await OpenCapturePageAsync();
        var other = await OpenCapturePageAsync();
        var otherSession = await OpenCapturePageAsync(sessionIndex: 3);
        SignInRunsOut(rapporteur);
        var areas = await factory.AreaIdsAsync();

        // The page of another rapporteur (an insider forging a post in this browser), then of another session.
        foreach (var page in new[] { other.CapturePage, otherSession.CapturePage })
        {
            var fields = CaptureForms.Fields(Note, Guid.NewGuid(), [areas[0]]).Concat(CaptureForms.HiddenFields(page));
            var response = await rapporteur.Client.SendAsync(CapturePost(rapporteur.SessionId, fields));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.DoesNotContain(Note, await CapturePageAfterSigningInAsync(rapporteur));
        Assert.DoesNotContain(Note, await CapturePageAfterSigningInAsync(other));
    }

    [Fact]
    public async Task KeptNote_IsRestoredToItsAuthorOnly()
    {
        var author = await OpenCapturePageAsync();
        SignInRunsOut(author);
        var areas = await factory.AreaIdsAsync();
        var fields = CaptureForms.Fields(Note, Guid.NewGuid(), [areas[0]]).Concat(CaptureForms.HiddenFields(author.CapturePage));
        var response = await author.Client.SendAsync(CapturePost(author.SessionId, fields, ("Sec-Fetch-Site", "same-origin"), ("Origin", "https://localhost")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // A colleague assigned to the same session signs in on this laptop first: the note is not theirs.
        var colleague = $"colleague-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(colleague, TestAccounts.Password, Roles.Rapporteur);
        await factory.AssignAsync(user.Id, author.SessionId);
        Assert.DoesNotContain(Note, await CapturePageAfterSigningInAsync(author, colleague));

        Assert.Contains($">{Note}</textarea>", await CapturePageAfterSigningInAsync(author));
    }

    [Fact]
    public async Task KeptNotes_AreOnePerRapporteurAndSession_CutToTheFieldLimits_AndAnOversizedBodyIsNotRead()
    {
        var browser = await OpenCapturePageAsync();
        SignInRunsOut(browser);
        var areas = await factory.AreaIdsAsync();
        var hidden = CaptureForms.HiddenFields(browser.CapturePage);
        foreach (var (mark, length) in new[] { ('a', 5_000), ('b', 5_000), ('c', 200_000) })
        {
            var fields = CaptureForms.Fields(new string(mark, length), Guid.NewGuid(), [areas[0]]).Concat(hidden);
            Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.SendAsync(CapturePost(browser.SessionId, fields))).StatusCode);
        }

        var notes = await factory.WithDbAsync(db => db.ExpiredLoginNotes.Where(n => n.UserId == browser.UserId).ToListAsync());
        var note = Assert.Single(notes);
        Assert.Equal(new string('b', RecommendationConfiguration.TextMaxLength), note.Text);
    }

    [Fact]
    public async Task NoteNobodyCameBackFor_IsGoneAfterThreeDays()
    {
        var browser = await OpenCapturePageAsync();
        SignInRunsOut(browser);
        var areas = await factory.AreaIdsAsync();
        var fields = CaptureForms.Fields(Note, Guid.NewGuid(), [areas[0]]).Concat(CaptureForms.HiddenFields(browser.CapturePage));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.SendAsync(CapturePost(browser.SessionId, fields))).StatusCode);

        await factory.WithDbAsync(db => db.ExpiredLoginNotes.Where(n => n.UserId == browser.UserId)
            .ExecuteUpdateAsync(n => n.SetProperty(x => x.KeptAt, x => x.KeptAt.AddDays(-3).AddMinutes(-1))));

        Assert.DoesNotContain(Note, await CapturePageAfterSigningInAsync(browser));
    }
}
