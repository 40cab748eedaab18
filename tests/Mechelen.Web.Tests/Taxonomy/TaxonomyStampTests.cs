using Mechelen.Web.Infrastructure;
using Mechelen.Web.Taxonomy;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Taxonomy;

/// <summary>The names are cached under the taxonomy's own stamp: a saved note leaves them, a taxonomy or programme change replaces them.</summary>
public sealed class TaxonomyStampTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private Task<TaxonomyCatalog> CatalogAsync() => factory.WithDbAsync(db =>
        new TaxonomyReader(db, factory.Services.GetRequiredService<FiguresCache>()).CatalogAsync(CancellationToken.None));

    [Fact]
    public async Task SavingARecommendation_KeepsTheCachedNames_WhileAProgrammeChangeReplacesThem()
    {
        factory.CreateClient();
        var before = await CatalogAsync();

        // A note saved moves the recommendations' stamp only: the names read before are the names still.
        await factory.AddAsync(new Rec($"{TestData.Token()} saved"));
        Assert.Same(before, await CatalogAsync());

        // A session renamed moves the taxonomy's stamp too: the next read has the new title.
        var title = $"Renamed {TestData.Token()}";
        await factory.WithDbAsync(async db =>
        {
            var session = await db.Sessions.OrderBy(s => s.Id).FirstAsync();
            session.Title = title;
            return await db.SaveChangesAsync();
        });
        var after = await CatalogAsync();
        Assert.NotSame(before, after);
        Assert.Contains(after.Events.SelectMany(e => e.Sessions), s => s.Wording.Name == title);
    }
}
