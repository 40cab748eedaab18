using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>The list's count of results agrees in number in each language: one result is singular.</summary>
public sealed partial class ResultCountTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Theory]
    [InlineData("en", "1 matching", "2 matching")]
    [InlineData("fr", "1 résultat", "2 résultats")]
    [InlineData("es", "1 resultado", "2 resultados")]
    public async Task OneResult_IsSingular_TwoArePlural(string language, string one, string two)
    {
        var t = TestData.Token();
        await factory.AddAsync(new Rec($"{t} alpha"), new Rec($"{t} beta"));
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        async Task<string> CountAsync(string q) =>
            WebUtility.HtmlDecode(Heading().Match(await officer.GetStringAsync($"/recommendations?q={q}&culture={language}")).Groups[1].Value);

        Assert.Equal(one, await CountAsync($"{t}%20alpha"));
        Assert.Equal(two, await CountAsync(t));
    }

    [Fact]
    public async Task ALargeCount_IsWrittenWithEachLanguagesDigitGrouping()
    {
        var t = TestData.Token();
        await factory.AddAsync([.. Enumerable.Range(0, 12_345).Select(i => new Rec($"{t} note {i}"))]);
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        foreach (var language in new[] { "en", "fr", "es" })
        {
            var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/recommendations?q={t}&culture={language}"));

            // 12,345 / 12 345 / 12.345.
            var culture = new System.Globalization.CultureInfo(language);
            var total = 12_345.ToString("N0", culture);
            Assert.NotEqual("12345", total);
            Assert.StartsWith(total + " ", Heading().Match(html).Groups[1].Value, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("<h2 id=\"result-count\">([^<]*)</h2>")]
    private static partial Regex Heading();
}
