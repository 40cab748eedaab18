using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Admin;

/// <summary>Sign-in attempts are limited per client address, on top of the account lock-out.</summary>
public sealed class SignInThrottleTests(SignInThrottleTests.App factory) : IClassFixture<SignInThrottleTests.App>
{
    public const int Limit = 3;

    public sealed class App : MechelenAppFactory
    {
        public App() => WithSetting("SignInThrottle:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AttemptsOverTheLimit_GetTheSignInPageWithAMessage_AndStatus429()
    {
        var email = $"throttled-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        var client = factory.CreateBrowserClient();
        for (var i = 0; i < Limit; i++)
        {
            var attempt = await client.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", $"wrong-guess-{i}")]);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        // Even the right password waits: the limit counts attempts, not failures, so a guesser learns nothing.
        var returnUrl = "/sessions/1/capture";
        var response = await client.PostFormAsync($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "/account/login",
            [new("Email", email), new("Password", TestAccounts.Password), new("ReturnUrl", returnUrl)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Too many sign-in attempts from your network", html);
        Assert.Contains("<form method=\"post\"", html);
        Assert.Contains($"value=\"{email}\"", html);
        Assert.Contains($"value=\"{returnUrl}\"", html);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("mechelen.auth=", StringComparison.Ordinal));
    }
}
