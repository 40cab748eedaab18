using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>
/// A text search's ids kept per event and brought up to date from the change log find, after every kind of write, exactly
/// the event's recommendations a fresh search finds; nothing changed, nothing is searched again.
/// </summary>
public sealed class TextMatchesTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private sealed record Found(IdSet Kept, int[] Ids, int[] Fresh);

    // The kept search's ids and a fresh search's, both among the event's recommendations.
    private async Task<Found> SearchAsync(string query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<IRecommendationTextSearch>();
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();
        var inEvent = await db.Recommendations.Where(r => r.EventId == eventId).Select(r => r.Id).ToListAsync();
        var kept = await scope.ServiceProvider.GetRequiredService<TextMatches>().MatchingAsync(db, search, eventId, query, CancellationToken.None);
        var fresh = (await search.Matching(query).ToListAsync()).ToHashSet();
        return new Found(kept, [.. inEvent.Where(kept.Contains).Order()], [.. inEvent.Where(fresh.Contains).Order()]);
    }

    private async Task<Found> AssertSameAsync(string query, string after)
    {
        var found = await SearchAsync(query);
        Assert.True(found.Fresh.SequenceEqual(found.Ids), $"after {after}: a fresh search finds [{string.Join(",", found.Fresh)}] but the kept one [{string.Join(",", found.Ids)}]");
        return found;
    }

    [Fact]
    public async Task AfterEveryKindOfWrite_TheKeptIdsAreAFreshSearchs()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var other = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"{t} one"), new Rec($"{t} two"), new Rec($"{other} three"), new Rec($"{other} four"), new Rec($"{t} five"));
        var first = await AssertSameAsync(t, "the first search");
        Assert.Equal(3, first.Ids.Length);

        var again = await AssertSameAsync(t, "nothing");
        Assert.Same(first.Kept, again.Kept);

        await factory.AddAsync(new Rec($"{t} six"));
        await AssertSameAsync(t, "an insert");
        await factory.WithDbAsync(async db =>
        {
            (await db.Recommendations.SingleAsync(r => r.Id == ids[0])).Text = "no longer the word";
            (await db.Recommendations.SingleAsync(r => r.Id == ids[2])).Rationale = $"because {t}";
            return await db.SaveChangesAsync();
        });
        var edited = await AssertSameAsync(t, "edits of a text and a rationale");
        Assert.DoesNotContain(ids[0], edited.Ids);
        Assert.Contains(ids[2], edited.Ids);
        // The set handed out before is not changed by the update.
        Assert.Contains(ids[0], again.Ids);
        Assert.True(again.Kept.Contains(ids[0]));

        await factory.WithDbAsync(db =>
        {
            db.RecommendationTranslations.Add(new RecommendationTranslation { RecommendationId = ids[3], Language = RecommendationLanguage.French, Text = $"{t} quatre", TranslatedByName = "Test" });
            return db.SaveChangesAsync();
        });
        Assert.Contains(ids[3], (await AssertSameAsync(t, "a translation added")).Ids);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE RecommendationTranslations SET Text = 'quatre' WHERE RecommendationId = {ids[3]}"));
        Assert.DoesNotContain(ids[3], (await AssertSameAsync(t, "a translation's text edited around EF")).Ids);
        await factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE Recommendations SET Text = {$"{t} one again"} WHERE Id = {ids[0]}"));
        Assert.Contains(ids[0], (await AssertSameAsync(t, "a text edited around EF")).Ids);
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[4]).ExecuteDeleteAsync());
        Assert.DoesNotContain(ids[4], (await AssertSameAsync(t, "a delete")).Ids);
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[1]).ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RecommendationStatus.Validated)));
        await AssertSameAsync(t, "a change of status");
        await AssertSameAsync($"{t} one", "all of it, for two words");
    }

    [Fact]
    public async Task ALogThatNoLongerReachesBack_SearchesAgainInFull()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"{t} one"), new Rec($"{t} two"));
        Assert.Equal(2, (await AssertSameAsync(t, "the first search")).Ids.Length);

        // The edit's entry pruned away, as the log does past its last 100,000: only a whole search can see the edit.
        await factory.WithDbAsync(async db =>
        {
            (await db.Recommendations.SingleAsync(r => r.Id == ids[0])).Text = "gone";
            return await db.SaveChangesAsync();
        });
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM RecommendationChanges"));
        await factory.AddAsync(new Rec("an unrelated note"));

        Assert.Equal([ids[1]], (await AssertSameAsync(t, "a pruned log")).Ids);
    }
}
