using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Search;

public sealed class TextSearchTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public TextSearchTests(MechelenAppFactory factory)
    {
        _factory = factory;
        _factory.CreateClient();
    }

    [Fact]
    public async Task Matching_IgnoresDiacritics_AndComposesWithTheFilter()
    {
        var ids = await _factory.AddAsync(new Rec("Fomentar la integración de los migrantes en el mercado laboral"), new Rec("Build more social housing near transport"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Mechelen.Web.Data.MechelenDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<IRecommendationTextSearch>();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();

        var filter = new RecommendationFilter { Q = "integracion mercado", Level = [GovernanceLevels.Local, GovernanceLevels.Global] };
        var found = await filter.Apply(db.Recommendations, eventId, search, RecommendationScope.Submitted).Select(r => r.Id).ToListAsync();

        Assert.Equal([ids[0]], found);
    }

    [Fact]
    public async Task FindSimilar_ReturnsNearDuplicates_NotUnrelatedNotes()
    {
        var ids = await _factory.AddAsync(
            new Rec("Give cities direct access to international funding for the reception of newcomers"),
            new Rec("Municipal libraries should open longer on Sundays"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<IRecommendationTextSearch>();
        var db = scope.ServiceProvider.GetRequiredService<Mechelen.Web.Data.MechelenDbContext>();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();

        var similar = await search.FindSimilarAsync(eventId, "Cities need direct access to international funding for reception", 3, null, CancellationToken.None);

        Assert.Contains(similar, s => s.Id == ids[0]);
        Assert.DoesNotContain(similar, s => s.Id == ids[1]);
    }
}
