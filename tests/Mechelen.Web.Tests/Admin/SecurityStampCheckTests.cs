using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Admin;

/// <summary>A client that never stores the renewed cookie (a script with a copied cookie), on a short validation interval.</summary>
public sealed class SecurityStampCheckTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private static bool RenewsCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("mechelen.auth=", StringComparison.Ordinal));

    private async Task<(WebApplicationFactory<Program> App, string Cookie, ApplicationUser User)> SignInAsync()
    {
        var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = Interval)));
        var user = await factory.CreateUserAsync($"script-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.PolicyOfficer);
        var browser = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var response = await browser.PostFormAsync("/account/login", "/account/login", [new("Email", user.Email!), new("Password", TestAccounts.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("mechelen.auth=", StringComparison.Ordinal));
        return (app, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)], user);
    }

    private static Task<HttpResponseMessage> GetAsync(WebApplicationFactory<Program> app, string cookie, string url = "/api/recommendations?pageSize=1")
    {
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task AStaleCookie_IsCheckedOncePerInterval_NotOnEveryRequest()
    {
        var (app, cookie, _) = await SignInAsync();
        await using var owned = app;
        await Task.Delay(Interval + TimeSpan.FromMilliseconds(300));

        var first = await GetAsync(app, cookie);
        var second = await GetAsync(app, cookie);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(RenewsCookie(first), "the first request after the interval checks the stamp and renews the cookie");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(RenewsCookie(second), "the same stale cookie right after a check is not checked again");
    }

    [Fact]
    public async Task AChangedStamp_IsStillRefusedWithinOneInterval()
    {
        var (app, cookie, user) = await SignInAsync();
        await using var owned = app;
        await Task.Delay(Interval + TimeSpan.FromMilliseconds(300));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, cookie)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id))!)).Succeeded);
        }

        await Task.Delay(Interval + TimeSpan.FromMilliseconds(300));
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(app, cookie)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(app, cookie)).StatusCode);
    }

    [Fact]
    public async Task RequestsSkippingTheCheck_RunWithTheClaimsTheLastCheckBuilt()
    {
        var (app, cookie, user) = await SignInAsync();
        await using var owned = app;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.DisplayName = "Renamed Officer";
            Assert.True((await users.UpdateAsync(stored)).Succeeded);
        }

        await Task.Delay(Interval + TimeSpan.FromMilliseconds(300));
        var checkedNow = await GetAsync(app, cookie, "/recommendations");
        var skipped = await GetAsync(app, cookie, "/recommendations");

        Assert.True(RenewsCookie(checkedNow));
        Assert.False(RenewsCookie(skipped));
        Assert.Contains("Renamed Officer", await skipped.Content.ReadAsStringAsync());
    }
}
