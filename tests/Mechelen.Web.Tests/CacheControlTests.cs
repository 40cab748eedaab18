using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests;

/// <summary>
/// What a signed-in user is shown is never stored by a proxy or the browser's disk; static files and the
/// anonymous programme stay cacheable. (The authorisation matrix checks no-store on every endpoint.)
/// </summary>
public sealed class CacheControlTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Theory]
    [InlineData("/recommendations")]
    [InlineData("/api/recommendations")]
    [InlineData("/recommendations/export.xlsx")]
    [InlineData("/recommendations/export.csv")]
    [InlineData("/recommendations/export.json")]
    [InlineData("/reports/outcome")]
    [InlineData("/reports/outcome.pdf")]
    [InlineData("/")]
    public async Task SignedInAnswers_AreNotStored(string url)
    {
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer, Roles.Secretariat);

        var response = await client.GetAsync(url);

        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control '{response.Headers.CacheControl}'");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/1")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    public async Task StaticFilesAndAnonymousPages_MayBeCached(string url)
    {
        var response = await factory.CreateBrowserClient().GetAsync(url);

        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task StaticFiles_StayCacheable_ForSignedInUsersToo()
    {
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await client.GetAsync("/css/site.css");

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
