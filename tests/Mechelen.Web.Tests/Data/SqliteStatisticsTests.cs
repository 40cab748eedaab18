using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mechelen.Web.Tests.Data;

public sealed class SqliteStatisticsTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private const string Word = "statisticsword";

    // 3,000 recommendations of one event, one in a hundred mentioning the word.
    private const string Fill = $"""
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
        INSERT INTO Recommendations (EventId, SessionId, Text, Levels, Actors, Language, Status, CapturedByName, CreatedAt, UpdatedAt, Version)
        SELECT s.EventId, s.Id,
               CASE WHEN i % 100 = 0 THEN 'Open a {Word} desk ' || i ELSE 'Fund language courses for newcomers ' || i END,
               1, 1, 'English', 'Submitted', 'Filler', '2017-11-16 09:00:00', '2017-11-16 09:00:00', 1
        FROM n CROSS JOIN (SELECT Id, EventId FROM Sessions ORDER BY Id LIMIT 1) AS s
        """;

    private static async Task<List<string>> PlanAsync(MechelenDbContext db, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    [Fact]
    public async Task Startup_AnalysesTheDatabase_SoTextSearchesStartFromTheirMatches()
    {
        factory.CreateClient();
        Assert.True(await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync()) == 1,
            "startup analyses the database");

        await factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(Fill);
            await SqliteStatistics.RefreshAsync(db, CancellationToken.None);
            var eventId = await db.Events.Select(e => e.Id).FirstAsync();
            var filter = new RecommendationFilter { Q = Word, Level = [GovernanceLevels.Local], Status = [RecommendationStatus.Submitted] };
            var matching = filter.Apply(db.Recommendations, eventId, new SqliteRecommendationTextSearch(db), RecommendationScope.Submitted);

            var facet = await PlanAsync(db, matching.GroupBy(r => r.SessionId).Select(g => new { g.Key, Count = g.Count() }));
            var page = await PlanAsync(db, RecommendationFilter.Order(matching, RecommendationSort.Newest).Take(25).Select(r => r.Id));

            // Each recommendation the search matched is looked up by its key, not every recommendation of the event scanned.
            Assert.Contains(facet, step => step.Contains("SEARCH r USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
            Assert.Contains(page, step => step.Contains("SEARCH r USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
            Assert.DoesNotContain(facet.Concat(page), step => step.Contains("INDEX IX_Recommendations_", StringComparison.Ordinal));
            Assert.Equal(30, await matching.CountAsync());

            // The statistics know the event holds every one of its rows (a sampled analysis would say about a thousand).
            var stat = await db.Database.SqlQuery<string>($"SELECT stat AS Value FROM sqlite_stat1 WHERE idx = 'IX_Recommendations_EventId_CreatedAt'").SingleAsync();
            var total = await db.Recommendations.CountAsync(r => r.EventId == eventId);
            Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), stat.Split(' ')[1]);
            return 0;
        });
    }

    [Fact]
    public async Task TheBackgroundService_RefreshesTheStatisticsEveryInterval()
    {
        factory.CreateClient();
        Assert.Contains(factory.Services.GetServices<IHostedService>(), s => s is SqliteStatistics);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1"));
        Task<int> StatisticsAsync() => factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_stat1").SingleAsync());
        Assert.Equal(0, await StatisticsAsync());

        using var service = new SqliteStatistics(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<SqliteStatistics>.Instance, new HurriedClock());
        await service.StartAsync(CancellationToken.None);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await StatisticsAsync() == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await service.StopAsync(CancellationToken.None);
        Assert.True(await StatisticsAsync() > 0, "a tick of the background service analysed the database");
    }

    /// <summary>Real time, except that every timer fires after 20 ms: a tick without waiting half an hour.</summary>
    private sealed class HurriedClock : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            base.CreateTimer(callback, state, TimeSpan.FromMilliseconds(20), period == Timeout.InfiniteTimeSpan ? period : TimeSpan.FromMilliseconds(20));
    }
}
