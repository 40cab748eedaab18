using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Data;

/// <summary>The database keeps each event's tallies equal to a count of its recommendations, whoever writes them.</summary>
public sealed class RecommendationTallyTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    // The tallies as stored and as a fresh count of the rows gives them, in one order.
    private Task<(List<string> Stored, List<string> Counted)> CompareAsync() => factory.WithDbAsync(async db =>
    {
        var eventId = await db.Events.Select(e => e.Id).SingleAsync();
        var stored = (await RecommendationTallies.OfEventAsync(db, eventId, CancellationToken.None))
            .Select(t => $"{t.Status}|{t.Language}|{t.Facet}|{t.Value}|{t.Count}").Order(StringComparer.Ordinal).ToList();
        var rows = await db.Recommendations.Where(r => r.EventId == eventId)
            .Select(r => new { r.Status, r.Language, r.SessionId, r.Levels, r.Actors, r.AreaMask }).ToListAsync();
        var counted = rows.GroupBy(r => (r.Status, r.Language, r.SessionId)).Select(g => $"{g.Key.Status}|{g.Key.Language}|Session|{g.Key.SessionId}|{g.Count()}")
            .Concat(rows.GroupBy(r => (r.Status, r.Levels)).Select(g => $"{g.Key.Status}||Levels|{(long)g.Key.Levels}|{g.Count()}"))
            .Concat(rows.GroupBy(r => (r.Status, r.Actors)).Select(g => $"{g.Key.Status}||Actors|{(long)g.Key.Actors}|{g.Count()}"))
            .Concat(rows.GroupBy(r => (r.Status, r.AreaMask)).Select(g => $"{g.Key.Status}||AreaMask|{g.Key.AreaMask}|{g.Count()}"))
            .Order(StringComparer.Ordinal).ToList();
        return (stored, counted);
    });

    private async Task AssertTalliesMatchAsync(string after)
    {
        var (stored, counted) = await CompareAsync();
        Assert.True(counted.SequenceEqual(stored), $"after {after}: stored {string.Join(", ", stored.Except(counted))}; counted {string.Join(", ", counted.Except(stored))}");
    }

    [Fact]
    public async Task Tallies_EqualARecount_AfterInsertsEditsAreaChangesMergesAndDeletes()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var ids = await factory.AddAsync(
            new Rec($"{t} one") { Areas = ["housing", "employment"], SessionIndex = 1 },
            new Rec($"{t} two") { Areas = ["justice"], SessionIndex = 2, Levels = GovernanceLevels.National | GovernanceLevels.Global, Language = RecommendationLanguage.French },
            new Rec($"{t} three") { Areas = [], Status = RecommendationStatus.Draft, Actors = ActorGroups.CivilSociety | ActorGroups.Academia },
            new Rec($"{t} four") { Areas = ["data"], SessionIndex = 3, Status = RecommendationStatus.Validated });
        await AssertTalliesMatchAsync("inserts");

        // Through EF as the review page does: every counted column at once, and the areas replaced in the same save.
        var sessions = await factory.SessionsByStartAsync();
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Recommendations.Include(x => x.Areas).SingleAsync(x => x.Id == ids[0]);
            r.Status = RecommendationStatus.Rejected;
            r.Language = RecommendationLanguage.Spanish;
            r.SessionId = sessions[2];
            r.Levels = GovernanceLevels.Global;
            r.Actors = ActorGroups.PrivateSector;
            r.Areas.RemoveAll(a => a.Code == "housing");
            r.Areas.Add(await db.GovernanceAreas.SingleAsync(a => a.Code == "justice"));
            return await db.SaveChangesAsync();
        });
        await AssertTalliesMatchAsync("an edit of every counted column");

        // A text-only edit leaves the tallies alone; the area rows written around EF change only the mask.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Text, $"{t} two, reworded")));
        await factory.WithDbAsync(db => db.RecommendationAreas.Where(ra => ra.RecommendationId == ids[3]).ExecuteDeleteAsync());
        await AssertTalliesMatchAsync("a text edit and the areas deleted");

        // A merge through the page: the sources become Merged.
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var merge = await client.PostFormAsync($"/key-recommendations/new?Select={ids[1]}:0", "/key-recommendations",
        [
            new("Select", $"{ids[1]}:0"), new("Select", $"{ids[3]}:0"),
            new("Wording", $"{t} merged wording"), new("AreaCode", "policy-coherence"), new("Status", "Draft"),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, merge.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Recommendations.CountAsync(r => (r.Id == ids[1] || r.Id == ids[3]) && r.Status == RecommendationStatus.Merged)));
        await AssertTalliesMatchAsync("a merge");

        // Deleted rows take their tallies with them, down to none for a combination no row has any more.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[0] || r.Id == ids[2]).ExecuteDeleteAsync());
        await AssertTalliesMatchAsync("deletes");
    }
}

/// <summary>No SQL Server runs here: the tally trigger's body, which the idempotent script only carries as a string, is parsed on its own.</summary>
public sealed class RecommendationTallySqlServerTests
{
    [Fact]
    public void SqlServerTallyStatements_ParseAsTSql()
    {
        foreach (var sql in RecommendationTallies.SqlServerUp.Concat(RecommendationTallies.SqlServerDown))
        {
            // The trigger goes through EXEC(N'…'): what runs is the string's content, quotes undoubled.
            var statement = sql.TrimStart().StartsWith("EXEC(N'", StringComparison.Ordinal)
                ? sql.Trim()[7..^2].Replace("''", "'", StringComparison.Ordinal)
                : sql;
            SqlServerTranslationTests.AssertParses(statement);
        }
    }
}
