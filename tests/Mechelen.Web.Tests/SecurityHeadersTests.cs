using System.Text.RegularExpressions;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests;

public sealed partial class SecurityHeadersTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/1")]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    [InlineData("/no/such/page")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Matches("script-src 'self'(;|$)", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/1")]
    [InlineData("/account/login")]
    public async Task Pages_HaveNoInlineScriptOrHandlers(string url)
    {
        var html = await factory.CreateBrowserClient().GetStringAsync(url);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
        Assert.DoesNotMatch(InlineStyle(), html);
        Assert.Matches("<script src=\"/js/site.js", html);
    }

    [Fact]
    public async Task OutsideDevelopment_HttpIsRedirectedToHttps_AndHstsIsSent()
    {
        using var withHttpsPort = new MechelenAppFactory().WithSetting("https_port", "443");
        var http = withHttpsPort.CreateClient(new() { AllowAutoRedirect = false });
        var redirect = await http.GetAsync("/");
        Assert.Equal(System.Net.HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https", redirect.Headers.Location?.Scheme);

        // ASP.NET Core leaves HSTS off for localhost by design, so ask as a real host name.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "conference.example";
        var https = await factory.CreateBrowserClient().SendAsync(request);
        Assert.Contains("max-age=31536000", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")));
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=\\s*\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [GeneratedRegex("\\sstyle\\s*=\\s*\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
