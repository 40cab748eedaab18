using System.Data.Common;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Search;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Workspace;

public sealed class FiguresCacheTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<RecommendationList.Model> ListAsync(string token, int page = 1, int pageSize = RecommendationFilter.DefaultPageSize)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<RecommendationList.Handler>();
        return (await handler.HandleAsync(new RecommendationFilter { Q = token, Page = page, PageSize = pageSize }, [], CancellationToken.None))!;
    }

    private static int Count(RecommendationList.Model model, string facet, string key) =>
        model.Facets.Single(f => f.Name == facet).Values.Single(v => v.Key == key).Count;

    [Fact]
    public async Task EveryWrite_BumpsTheStamp_SoCachedCountsAreRecomputed()
    {
        factory.CreateClient();
        var token = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"Open libraries to newcomers {token}"));
        var before = await ListAsync(token);
        Assert.Equal(1, before.Total);
        Assert.Equal(1, Count(before, "status", "Submitted"));
        var stamp = await factory.WithDbAsync(db => FiguresCache.StampAsync(db, CancellationToken.None));

        await factory.AddAsync(new Rec($"Fund language courses for newcomers {token}"));
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Recommendations.SingleAsync(x => x.Id == ids[0]);
            r.Status = RecommendationStatus.Validated;
            return await db.SaveChangesAsync();
        });

        var after = await ListAsync(token);
        Assert.True(await factory.WithDbAsync(db => FiguresCache.StampAsync(db, CancellationToken.None)) >= stamp + 2);
        Assert.Equal(2, after.Total);
        Assert.Equal(1, Count(after, "status", "Submitted"));
        Assert.Equal(1, Count(after, "status", "Validated"));
        Assert.Equal(2, Count(after, "area", "housing"));
        Assert.Equal(2, after.Rows.Count);
        Assert.Equal(RecommendationStatus.Validated, after.Rows.Single(r => r.Id == ids[0]).Status);
    }

    [Fact]
    public async Task SameFilterWithoutWrites_IsServedFromTheCache()
    {
        factory.CreateClient();
        var token = TestData.Token();
        await factory.AddAsync(new Rec($"Count migrants in local statistics {token}"));
        var first = await ListAsync(token);

        // A row written behind the app's back (no SaveChanges, so no stamp bump) is not seen until the next write.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Recommendations SET Status = 'Rejected' WHERE Text LIKE {"%" + token}"));
        var second = await ListAsync(token);

        Assert.Same(first.Facets, second.Facets);
        Assert.Same(first.Rows, second.Rows);
        Assert.Equal(1, Count(second, "status", "Submitted"));
        Assert.Equal(RecommendationStatus.Submitted, Assert.Single(second.Rows).Status);
    }

    [Fact]
    public async Task AChangeWhoseStampCannotBeBumped_IsNotSaved_SoNoCacheCanMissIt()
    {
        factory.CreateClient();
        var token = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"Publish city data on newcomers {token}"));
        var stamp = await factory.WithDbAsync(db => FiguresCache.StampAsync(db, CancellationToken.None));

        await using (var failing = new SqliteMechelenDbContext(new DbContextOptionsBuilder<SqliteMechelenDbContext>()
            .UseSqlite($"Data Source={factory.DatabasePath}").AddInterceptors(new StampBumpFails()).Options))
        {
            var r = await failing.Recommendations.SingleAsync(x => x.Id == ids[0]);
            r.Status = RecommendationStatus.Validated;
            await Assert.ThrowsAsync<InvalidOperationException>(() => failing.SaveChangesAsync());
            Assert.Equal(EntityState.Modified, failing.Entry(r).State);
        }

        Assert.Equal(RecommendationStatus.Submitted, await factory.WithDbAsync(db => db.Recommendations.Where(x => x.Id == ids[0]).Select(x => x.Status).SingleAsync()));
        Assert.Equal(stamp, await factory.WithDbAsync(db => FiguresCache.StampAsync(db, CancellationToken.None)));
    }

    [Fact]
    public async Task SimilarCounts_AreCachedUnderTheStamp_AndRecomputedAfterAWrite()
    {
        factory.CreateClient();
        var token = TestData.Token();
        var ids = await factory.AddAsync(
            new Rec($"Open municipal welcome desks for newcomers in every district {token}"),
            new Rec($"Open municipal welcome desks for all newcomers in every district {token}"));

        async Task<Dictionary<int, int>> SimilarAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SimilarCounts.Handler>().HandleAsync(ids, CancellationToken.None);
        }

        Assert.Equal(1, (await SimilarAsync())[ids[0]]);

        // Behind the app's back (no stamp bump) the twin becomes a draft, which similarity ignores: the cached count stands.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Recommendations SET Status = 'Draft' WHERE Id = {ids[1]}"));
        Assert.Equal(1, (await SimilarAsync())[ids[0]]);

        // Any save bumps the stamp, and the count is computed afresh.
        await factory.WithDbAsync(async db =>
        {
            (await db.Recommendations.SingleAsync(x => x.Id == ids[0])).Rationale = "Seen at the welcome desk pilot.";
            return await db.SaveChangesAsync();
        });
        Assert.False((await SimilarAsync()).ContainsKey(ids[0]));
    }

    [Fact]
    public async Task ASearchIndexThatCatchesUpLater_IsNeverCached()
    {
        factory.CreateClient();
        using var lagging = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IRecommendationTextSearch>(sp => new CatchesUpLater(new SqliteRecommendationTextSearch(sp.GetRequiredService<MechelenDbContext>())))));
        var token = TestData.Token();
        await factory.AddAsync(new Rec($"Train front-desk staff in plain language {token}"));

        async Task<RecommendationList.Model> ListAsync(RecommendationFilter filter)
        {
            await using var scope = lagging.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<RecommendationList.Handler>().HandleAsync(filter, [], CancellationToken.None))!;
        }

        var first = await ListAsync(new RecommendationFilter { Q = token });
        var unfilteredFirst = await ListAsync(new RecommendationFilter());
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Recommendations SET Status = 'Rejected' WHERE Text LIKE {"%" + token}"));
        var second = await ListAsync(new RecommendationFilter { Q = token });

        Assert.NotSame(first.Rows, second.Rows);
        Assert.Equal(RecommendationStatus.Rejected, Assert.Single(second.Rows).Status);
        Assert.Equal(1, Count(second, "status", "Rejected"));
        // Without a text query the index plays no part, so the page is cached as usual.
        Assert.Same(unfilteredFirst.Rows, (await ListAsync(new RecommendationFilter())).Rows);
    }

    private sealed class CatchesUpLater(IRecommendationTextSearch inner) : IRecommendationTextSearch
    {
        public bool FindsWritesAtOnce => false;

        public IQueryable<int> Matching(string query) => inner.Matching(query);

        public Task<IReadOnlyList<SimilarRecommendation>> FindSimilarAsync(int eventId, string text, int take, int? excludeId, CancellationToken cancellationToken) =>
            inner.FindSimilarAsync(eventId, text, take, excludeId, cancellationToken);
    }

    private sealed class StampBumpFails : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.StartsWith("UPDATE ChangeStamps", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The stamp cannot be written.")
                : ValueTask.FromResult(result);
    }

    [Fact]
    public async Task CachedPages_AreKeyedByPageAndSize()
    {
        factory.CreateClient();
        var token = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"Map services for newcomers {token}"), new Rec($"Train staff in city halls {token}"));

        var first = await ListAsync(token, page: 1, pageSize: 1);
        var second = await ListAsync(token, page: 2, pageSize: 1);
        var both = await ListAsync(token, page: 1, pageSize: 2);

        Assert.Equal(ids.Order(), new[] { Assert.Single(first.Rows).Id, Assert.Single(second.Rows).Id }.Order());
        Assert.Equal(2, both.Rows.Count);
    }
}
