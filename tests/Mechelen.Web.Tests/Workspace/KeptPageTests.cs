using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>
/// The list page's HTML kept and sent again while nothing changed. Each render makes a new antiforgery token (the token is
/// encrypted afresh), so the same token in two answers shows the second was the kept page, not a new render.
/// </summary>
public sealed class KeptPageTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static string Token(string html) => HttpClientFormExtensions.AntiforgeryToken(html);

    [Fact]
    public async Task TheSamePage_AskedAgainWithoutAWrite_IsTheKeptOne_AndItsTokenIsAccepted()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var word = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"Open the public libraries to newcomers {word}"));
        var url = $"/recommendations?q={word}";

        var first = await officer.GetStringAsync(url);
        var second = await officer.GetAsync(url);
        var secondHtml = await second.Content.ReadAsStringAsync();

        Assert.Equal(first, secondHtml);
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", second.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(second.Content.Headers.ContentLength, System.Text.Encoding.UTF8.GetByteCount(secondHtml));

        // The kept page's form still works: its token was made for this reader's antiforgery cookie.
        var version = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[0]).Select(r => r.Version).SingleAsync());
        var validated = await officer.PostAsync("/recommendations/bulk", new FormUrlEncodedContent(
        [
            new("Select", $"{ids[0]}:{version}"), new("Action", "Validate"), new("ReturnUrl", url), new("__RequestVerificationToken", Token(secondHtml)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        Assert.Equal(RecommendationStatus.Validated, await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[0]).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task AWrite_MakesTheNextPageANewOne()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var word = TestData.Token();
        await factory.AddAsync(new Rec($"Count newcomers in the city's statistics {word}"));
        var url = $"/recommendations?q={word}";
        var before = await officer.GetStringAsync(url);

        await factory.AddAsync(new Rec($"Fund language courses in every district {word}"));
        var after = await officer.GetStringAsync(url);

        Assert.DoesNotContain("Fund language courses", before, StringComparison.Ordinal);
        Assert.Contains("Fund language courses in every district", after, StringComparison.Ordinal);
        Assert.NotEqual(Token(before), Token(after));
    }

    [Fact]
    public async Task AnotherReader_OrAnotherLanguage_OrAnotherAddress_GetsItsOwnPage()
    {
        var (officer, user) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (secretariat, other) = await factory.SignedInAsync(Roles.Secretariat);
        var word = TestData.Token();
        await factory.AddAsync(new Rec($"Give city ID cards to every resident {word}"));
        var url = $"/recommendations?q={word}";

        var officerPage = await officer.GetStringAsync(url);
        var secretariatPage = await secretariat.GetStringAsync(url);
        var french = await officer.WithLanguage("fr").GetStringAsync(url);
        var officerAgain = await officer.WithLanguage("en").GetStringAsync(url);
        var sorted = await officer.GetStringAsync(url + "&sort=Oldest");

        Assert.Contains(WebUtility.HtmlEncode(user.DisplayName), officerPage, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(other.DisplayName), secretariatPage, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(user.DisplayName), secretariatPage, StringComparison.Ordinal);
        // Only an officer reviews: the secretariat's page has no bulk actions, the officer's kept page still has them.
        Assert.Contains("name=\"Action\" value=\"Validate\"", officerAgain, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Action\" value=\"Validate\"", secretariatPage, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", officerAgain, StringComparison.Ordinal);
        Assert.Contains($"value=\"/recommendations?q={word}&amp;sort=Oldest\"", sorted, StringComparison.Ordinal);
        Assert.Equal(officerPage, officerAgain);
    }

    [Fact]
    public async Task ANoticeWaitingAfterAnAction_IsShownOnce_AndNeverKept()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var word = TestData.Token();
        await factory.AddAsync(new Rec($"Open a one-stop shop for newcomers {word}"));
        var url = $"/recommendations?q={word}";
        var kept = await officer.GetStringAsync(url);

        // A bulk action on a recommendation that does not exist changes nothing (the stamp stays) and leaves a notice.
        var refused = await officer.PostAsync("/recommendations/bulk", new FormUrlEncodedContent(
        [
            new("Select", "999999999:1"), new("Action", "Validate"), new("ReturnUrl", url), new("__RequestVerificationToken", Token(kept)),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var withNotice = await officer.GetStringAsync(url);
        var next = await officer.GetStringAsync(url);

        Assert.Contains("Nothing was changed.", withNotice, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was changed.", next, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing was changed.", kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFirstVisitWithoutAnAntiforgeryCookie_IsRenderedAndSetsOne()
    {
        var email = $"officer-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password, Roles.PolicyOfficer);
        var cookies = new CookieContainer();
        var officer = factory.CreateBrowserClient(cookies);
        await officer.SignInAsync(email, TestAccounts.Password);
        var word = TestData.Token();
        await factory.AddAsync(new Rec($"Let newcomers vote in local elections {word}"));
        var url = $"/recommendations?q={word}";
        var kept = await officer.GetStringAsync(url);

        // The same reader in a new browser: the sign-in cookie alone, no antiforgery cookie yet.
        var signedIn = new CookieContainer();
        signedIn.Add(cookies.GetAllCookies().Single(c => c.Name == "mechelen.auth"));
        var response = await factory.CreateBrowserClient(signedIn).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("Let newcomers vote in local elections", html, StringComparison.Ordinal);
        Assert.NotEqual(Token(kept), Token(html));
    }
}
