using System.ComponentModel.DataAnnotations;
using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Account;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests;

/// <summary>Behind a TLS-terminating proxy: forwarded headers only from the proxies named in the settings, and cookies that never travel in clear.</summary>
public static class ProxyAndCookieTests
{
    /// <summary>HTTPS redirection on (outside Development, with a known port); forwarded headers off, as by default.</summary>
    public sealed class DirectApp : MechelenAppFactory
    {
        public DirectApp() => WithSetting("https_port", "443");
    }

    public sealed class DevelopmentApp : MechelenAppFactory
    {
        public DevelopmentApp() => Environment = "Development";
    }

    public sealed class ProxiedApp : MechelenAppFactory
    {
        public ProxiedApp()
        {
            WithSetting("https_port", "443");
            WithSetting("Proxy:Enabled", "true");
            WithSetting("Proxy:KnownProxies:0", "10.0.0.1");
            WithSetting("Proxy:KnownNetworks:0", "192.168.0.0/16");
            WithSetting("SignInThrottle:PermitLimit", "2");
        }
    }

    private static Task<HttpContext> SendAsync(TestServer server, string method, string path, string remoteAddress, params (string Name, string Value)[] headers) =>
        server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("mechelen.example");
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }
        });

    public sealed class Direct(DirectApp factory) : IClassFixture<DirectApp>
    {
        [Fact]
        public async Task ForwardedHeaders_AreIgnoredByDefault()
        {
            var context = await SendAsync(factory.Server, "GET", "/", "10.0.0.1", ("X-Forwarded-Proto", "https"));

            Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
            Assert.Equal("https://mechelen.example/", context.Response.Headers.Location.ToString());
        }
    }

    /// <summary>No HTTPS redirection (no https port is known), as behind a proxy that talks plain http to the app.</summary>
    public sealed class Cookies(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
    {
        [Fact]
        public async Task EveryCookie_IsSecure_OutsideDevelopment_EvenOverPlainHttp()
        {
            var sessionId = (await factory.SessionIdsAsync())[0];
            var email = $"cookies-{Guid.NewGuid():N}@test.example";
            var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
            await factory.AssignAsync(user.Id, sessionId);
            var jar = new CookieJar();
            var client = factory.CreateDefaultClient(new Uri("http://localhost"), jar);

            // Sign in (antiforgery, auth), open the capture page, save and withdraw (a TempData notice), read the notice.
            await client.SignInAsync(email, TestAccounts.Password);
            var key = Guid.NewGuid();
            var saved = await client.SaveAsync(sessionId, CaptureForms.Fields("A recommendation to withdraw straight away.", key, [(await factory.AreaIdsAsync())[0]]));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
            var withdrawn = await client.PostFormAsync($"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{id}/withdraw", []);
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
            Assert.Contains("Withdrawn.", await client.GetStringAsync($"/sessions/{sessionId}/capture"));

            var names = jar.SetCookieHeaders.Select(h => h.Split('=')[0]).Distinct().ToList();
            Assert.Contains("mechelen.auth", names);
            Assert.Contains(names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
            Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", names);
            Assert.Contains("mechelen.capture", names);
            Assert.All(jar.SetCookieHeaders, header => Assert.Contains("; secure", header, StringComparison.OrdinalIgnoreCase));
        }
    }

    public sealed class Proxied(ProxiedApp factory) : IClassFixture<ProxiedApp>
    {
        [Theory]
        [InlineData("10.0.0.1")]
        [InlineData("192.168.20.7")]
        public async Task SchemeFromAKnownProxy_IsBelieved(string proxy)
        {
            var context = await SendAsync(factory.Server, "GET", "/", proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.9"));

            Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        }

        [Fact]
        public async Task ForwardedHeadersFromAnyoneElse_AreIgnored()
        {
            var context = await SendAsync(factory.Server, "GET", "/", "10.0.0.2", ("X-Forwarded-Proto", "https"));

            Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        }

        [Fact]
        public async Task SignInLimit_CountsTheForwardedClientAddress_NotTheProxys()
        {
            (string, string)[] From(string client) => [("X-Forwarded-Proto", "https"), ("X-Forwarded-For", client)];
            for (var i = 0; i < 2; i++)
            {
                var allowed = await SendAsync(factory.Server, "POST", "/account/login", "10.0.0.1", From("198.51.100.1"));
                Assert.NotEqual(StatusCodes.Status429TooManyRequests, allowed.Response.StatusCode);
            }

            var throttled = await SendAsync(factory.Server, "POST", "/account/login", "10.0.0.1", From("198.51.100.1"));
            Assert.Equal(StatusCodes.Status429TooManyRequests, throttled.Response.StatusCode);
            var neighbour = await SendAsync(factory.Server, "POST", "/account/login", "10.0.0.1", From("198.51.100.2"));
            Assert.NotEqual(StatusCodes.Status429TooManyRequests, neighbour.Response.StatusCode);
        }
    }

    public sealed class Development(DevelopmentApp factory) : IClassFixture<DevelopmentApp>
    {
        [Fact]
        public async Task Cookies_FollowTheRequestScheme_SoDotnetRunOnPlainHttpWorks()
        {
            var jar = new CookieJar();
            await factory.CreateDefaultClient(new Uri("http://localhost"), jar).GetStringAsync("/account/login");

            var antiforgery = Assert.Single(jar.SetCookieHeaders);
            Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        }
    }

    public sealed class Settings
    {
        private static List<string> Problems(object options)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
            return results.Select(r => r.ErrorMessage!).ToList();
        }

        [Fact]
        public void ProxyWithoutAKnownProxy_OrWithABadAddress_IsRefusedWithTheSettingNamed()
        {
            Assert.Contains(Problems(new ProxyOptions { Enabled = true }), p => p.StartsWith("Proxy:Enabled is true but neither", StringComparison.Ordinal));
            Assert.Contains(Problems(new ProxyOptions { KnownProxies = ["10.0.0.300"] }), p => p.Contains("'10.0.0.300', which is not an IP address", StringComparison.Ordinal));
            Assert.Contains(Problems(new ProxyOptions { KnownNetworks = ["10.0.0.0"] }), p => p.Contains("'10.0.0.0', which is not a network", StringComparison.Ordinal));
            Assert.Empty(Problems(new ProxyOptions { Enabled = true, KnownNetworks = ["10.0.0.0/8", "fd00::/8"] }));
        }

        [Fact]
        public void LockoutAfterFiveOrFewerAttempts_IsRefused()
        {
            Assert.Contains(Problems(new SignInThrottleOptions { LockoutThreshold = 5 }), p => p.StartsWith("SignInThrottle:LockoutThreshold", StringComparison.Ordinal));
            Assert.Empty(Problems(new SignInThrottleOptions()));
        }

        [Theory]
        [InlineData("198.51.100.7", "198.51.100.7")]
        [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
        [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
        [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
        public void SignInLimit_CountsAnIPv6ClientByItsNetwork(string address, string key) =>
            Assert.Equal(key, SignInThrottle.ClientKey(IPAddress.Parse(address)));
    }
}
