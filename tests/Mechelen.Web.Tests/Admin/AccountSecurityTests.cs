using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Admin;

public sealed class AccountSecurityTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static async Task<string> FailedLoginMessageAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var start = html.IndexOf("validation-summary-errors", StringComparison.Ordinal);
        Assert.True(start >= 0, "no error summary");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task UnknownEmailAndWrongPassword_GetTheSameMessage()
    {
        var email = $"real-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        var client = factory.CreateBrowserClient();

        var unknown = await FailedLoginMessageAsync(client, $"ghost-{Guid.NewGuid():N}@test.example", TestAccounts.Password);
        var wrong = await FailedLoginMessageAsync(client, email, "not-the-password-1");
        Assert.Equal(unknown, wrong);
        Assert.Contains("The e-mail or password is not correct", wrong);
    }

    [Fact]
    public async Task FiveWrongPasswords_DoNotLockTheAccount_ButTenDo()
    {
        // Anyone who knows a rapporteur's e-mail could lock them out with five requests; it takes ten (and the
        // per-address sign-in limit) now.
        var email = $"target-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        var client = factory.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await FailedLoginMessageAsync(client, email, $"guess-{i}-wrong");
        }

        await factory.CreateBrowserClient().SignInAsync(email, TestAccounts.Password);

        for (var i = 0; i < 10; i++)
        {
            await FailedLoginMessageAsync(client, email, $"guess-{i}-wrong");
        }

        var message = await FailedLoginMessageAsync(client, email, TestAccounts.Password);
        Assert.Contains("The e-mail or password is not correct, or the account is locked for a while", message);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRejected_AndChangesNothing()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var email = $"forged-{Guid.NewGuid():N}@test.example";
        var response = await admin.PostAsync("/admin/users/new", new FormUrlEncodedContent(
            [new("list", $"Forged; {email}; Admin")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => Task.FromResult(db.Users.Count(u => u.Email == email))));

        var login = await factory.CreateBrowserClient().PostAsync("/account/login", new FormUrlEncodedContent([new("Email", email), new("Password", "x")]));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var sessionId = (await factory.SessionIdsAsync())[0];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sessions/{sessionId}/capture")).StatusCode);

        var response = await client.PostFormAsync($"/sessions/{sessionId}", "/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetAsync($"/sessions/{sessionId}/capture");
        Assert.StartsWith("/account/login", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnly_AndSlidesForAConferenceDay()
    {
        var email = $"cookie-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password);
        var client = factory.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", TestAccounts.Password)]);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mechelen.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var expires = DateTimeOffset.Parse(cookie.Split(';').Single(p => p.Trim().StartsWith("expires=", StringComparison.OrdinalIgnoreCase)).Split('=')[1]);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(13), TimeSpan.FromHours(15));
    }
}
