using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>A title worded with a placeholder shows its value (a tab, a bookmark and a screen reader's first words), in each language.</summary>
public sealed partial class PageTitleTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public PageTitleTests(MechelenAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("en", "Recommendation {id} · Mechelen", "Review recommendation {id} · Mechelen", "Outcome report — ")]
    [InlineData("fr", "Recommandation {id} · Mechelen", "Revue de la recommandation {id} · Mechelen", "Rapport de conclusions — ")]
    public async Task TitlesWithAValue_ShowTheValue(string language, string details, string review, string report)
    {
        var id = (await _factory.AddAsync(new Rec("Give cities a seat at the table")))[0];
        var (officer, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        async Task<string> TitleAsync(string url) =>
            WebUtility.HtmlDecode(Title().Match(await officer.GetStringAsync($"{url}{(url.Contains('?') ? '&' : '?')}culture={language}")).Groups[1].Value);

        Assert.Equal(details.Replace("{id}", id.ToString()), await TitleAsync($"/recommendations/{id}"));
        Assert.Equal(review.Replace("{id}", id.ToString()), await TitleAsync($"/review/{id}"));
        Assert.StartsWith(report, await TitleAsync("/reports/outcome"));
        Assert.DoesNotContain("{0}", await TitleAsync("/reports/outcome"));
        Assert.StartsWith("housing — ", await TitleAsync("/search?q=housing"));
    }

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex Title();
}
