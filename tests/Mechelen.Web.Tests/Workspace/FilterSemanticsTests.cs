using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Workspace;

public sealed class FilterSemanticsTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public FilterSemanticsTests(MechelenAppFactory factory)
    {
        _factory = factory;
        _factory.CreateClient();
    }

    private async Task<(string Token, int[] Ids)> SeedAsync()
    {
        var t = TestData.Token();
        var ids = await _factory.AddAsync(
            new Rec($"{t} housing local") { Areas = ["housing"], SessionIndex = 1, Levels = GovernanceLevels.Local },
            new Rec($"{t} jobs national") { Areas = ["employment"], SessionIndex = 2, Levels = GovernanceLevels.National, Actors = ActorGroups.PrivateSector },
            new Rec($"{t} housing and jobs") { Areas = ["housing", "employment"], SessionIndex = 2, Levels = GovernanceLevels.Local | GovernanceLevels.Global, Language = RecommendationLanguage.French },
            new Rec($"{t} justice validated") { Areas = ["justice"], SessionIndex = 3, Status = RecommendationStatus.Validated, Actors = ActorGroups.CivilSociety | ActorGroups.Academia },
            new Rec($"{t} rejected data") { Areas = ["data"], SessionIndex = 1, Status = RecommendationStatus.Rejected, Language = RecommendationLanguage.Spanish });
        return (t, ids);
    }

    private async Task<List<int>> IdsAsync(RecommendationFilter filter)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<IRecommendationTextSearch>();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();
        return await filter.Apply(db.Recommendations, eventId, search, RecommendationScope.Submitted).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync();
    }

    private async Task<int> SessionIdAsync(int index) =>
        await _factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Skip(index).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task EachFacetAlone_SelectsItsValues_AndValuesWithinAFacetAreOred()
    {
        var (t, ids) = await SeedAsync();
        var s2 = await SessionIdAsync(2);

        Assert.Equal([ids[0], ids[2]], await IdsAsync(new() { Q = t, Area = ["housing"] }));
        Assert.Equal([ids[0], ids[2], ids[3]], await IdsAsync(new() { Q = t, Area = ["housing", "justice"] }));
        Assert.Equal([ids[1], ids[2]], await IdsAsync(new() { Q = t, Session = [s2] }));
        Assert.Equal([ids[2]], await IdsAsync(new() { Q = t, Level = [GovernanceLevels.Global] }));
        Assert.Equal([ids[1], ids[2]], await IdsAsync(new() { Q = t, Level = [GovernanceLevels.National, GovernanceLevels.Global] }));
        Assert.Equal([ids[3]], await IdsAsync(new() { Q = t, Actor = [ActorGroups.Academia] }));
        Assert.Equal([ids[3], ids[4]], await IdsAsync(new() { Q = t, Status = [RecommendationStatus.Validated, RecommendationStatus.Rejected] }));
        Assert.Equal([ids[2], ids[4]], await IdsAsync(new() { Q = t, Language = [RecommendationLanguage.French, RecommendationLanguage.Spanish] }));
    }

    [Fact]
    public async Task Clusters_MatchThroughTheAreasMapping()
    {
        var (t, ids) = await SeedAsync();
        var mapping = await _factory.WithDbAsync(db => db.GovernanceAreas.Select(a => new { a.Code, Clusters = a.Clusters.Select(c => c.Number).ToList() }).ToListAsync());
        var areasByRec = new[] { new[] { "housing" }, ["employment"], ["housing", "employment"], ["justice"], ["data"] };
        foreach (var cluster in Enumerable.Range(1, 6))
        {
            var expected = ids.Where((_, i) => areasByRec[i].Any(code => mapping.Single(m => m.Code == code).Clusters.Contains(cluster))).ToList();
            Assert.Equal(expected, await IdsAsync(new() { Q = t, Cluster = [cluster] }));
        }
    }

    [Fact]
    public async Task Facets_AreAndedAcrossEachOther()
    {
        var (t, ids) = await SeedAsync();
        var s2 = await SessionIdAsync(2);

        Assert.Equal([ids[2]], await IdsAsync(new() { Q = t, Area = ["housing"], Session = [s2] }));
        Assert.Equal([ids[2]], await IdsAsync(new() { Q = t, Area = ["housing", "employment"], Level = [GovernanceLevels.Global], Language = [RecommendationLanguage.French] }));
        Assert.Empty(await IdsAsync(new() { Q = t, Area = ["justice"], Status = [RecommendationStatus.Rejected] }));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, true)]
    [InlineData(true, true, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false, true)]
    [InlineData(true, false, false, true)]
    public async Task FacetCounts_EqualADirectCountOfTheRestOfTheFilter(bool withText, bool withLanguage, bool withAreasAndLevel, bool withStatuses = false)
    {
        var (t, ids) = await SeedAsync();
        // Translations, some into the text's own language: the untranslated facet subtracts only the others.
        await _factory.WithDbAsync(async db =>
        {
            db.RecommendationTranslations.AddRange(
                new RecommendationTranslation { RecommendationId = ids[0], Language = RecommendationLanguage.French, Text = $"{t} logement", TranslatedByName = "Test" },
                new RecommendationTranslation { RecommendationId = ids[2], Language = RecommendationLanguage.English, Text = $"{t} housing", TranslatedByName = "Test" },
                new RecommendationTranslation { RecommendationId = ids[2], Language = RecommendationLanguage.Spanish, Text = $"{t} vivienda", TranslatedByName = "Test" });
            return await db.SaveChangesAsync();
        });
        // Without a text the counts cover the whole event, other tests' rows included: the direct count does the same.
        var filter = new RecommendationFilter { Q = withText ? t : null };
        if (withAreasAndLevel)
        {
            filter.Area = ["housing", "employment"];
            filter.Level = [GovernanceLevels.Local];
        }

        if (withLanguage)
        {
            filter.Language = [RecommendationLanguage.French];
        }

        // Without a text and with statuses alone ticked, the counts come from the tallies the triggers keep.
        if (withStatuses)
        {
            filter.Status = [RecommendationStatus.Submitted, RecommendationStatus.Validated];
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<RecommendationList.Handler>();
        var model = await handler.HandleAsync(filter, [], CancellationToken.None);

        Assert.NotNull(model);
        Assert.Equal((await IdsAsync(filter)).Count, model.Total);
        foreach (var facet in model.Facets)
        {
            foreach (var value in facet.Values)
            {
                var direct = filter.Copy(f =>
                {
                    switch (facet.Name)
                    {
                        case "area": f.Area = [value.Key]; break;
                        case "cluster": f.Cluster = [int.Parse(value.Key)]; break;
                        case "session": f.Session = [int.Parse(value.Key)]; break;
                        case "level": f.Level = [Enum.Parse<GovernanceLevels>(value.Key)]; break;
                        case "actor": f.Actor = [Enum.Parse<ActorGroups>(value.Key)]; break;
                        case "status": f.Status = [Enum.Parse<RecommendationStatus>(value.Key)]; break;
                        case "language": f.Language = [Enum.Parse<RecommendationLanguage>(value.Key)]; break;
                        case "untranslated": f.Untranslated = [Enum.Parse<RecommendationLanguage>(value.Key)]; break;
                    }
                });
                Assert.True((await IdsAsync(direct)).Count == value.Count, $"{facet.Name}={value.Key}: shown {value.Count}");
            }
        }
    }

    [Fact]
    public async Task Search_IgnoresDiacritics_BothWays_AndCoversTheRationale()
    {
        var t = TestData.Token();
        var ids = await _factory.AddAsync(
            new Rec($"{t} Fomentar la integración laboral"),
            new Rec($"{t} Promote integracion without accent"),
            new Rec($"{t} Something else") { Rationale = "Réfugiés et intégration" });

        Assert.Equal(ids[..2], await IdsAsync(new() { Q = $"{t} integracion" }));
        Assert.Equal(ids[..2], await IdsAsync(new() { Q = $"{t} INTEGRACIÓN" }));
        Assert.Equal([ids[2]], await IdsAsync(new() { Q = $"{t} refugies" }));
    }

    [Fact]
    public async Task Paging_ClampsOutOfRangePages_WithAMessage()
    {
        var t = TestData.Token();
        var ids = await _factory.AddAsync(Enumerable.Range(1, 5).Select(i => new Rec($"{t} number {i}")).ToArray());
        await using var scope = _factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<RecommendationList.Handler>();

        var first = await handler.HandleAsync(new() { Q = t, PageSize = 2, Page = 1 }, [], CancellationToken.None);
        var last = await handler.HandleAsync(new() { Q = t, PageSize = 2, Page = 3 }, [], CancellationToken.None);
        var past = await handler.HandleAsync(new() { Q = t, PageSize = 2, Page = 99 }, [], CancellationToken.None);
        var negative = await handler.HandleAsync(new() { Q = t, PageSize = 2, Page = -1 }, [], CancellationToken.None);

        Assert.Equal([ids[4], ids[3]], first!.Rows.Select(r => r.Id));
        Assert.Equal([ids[0]], last!.Rows.Select(r => r.Id));
        Assert.Equal(3, past!.Filter.Page);
        Assert.Contains(past.Messages, m => m.ToString().Contains("past the end", StringComparison.Ordinal));
        Assert.Equal(1, negative!.Filter.Page);
        Assert.NotEmpty(negative.Messages);
        Assert.Equal(3, first.Pages);
    }
}
