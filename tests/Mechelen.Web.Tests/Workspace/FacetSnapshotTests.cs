using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>
/// The list's facet snapshot, brought up to date from the change log, counts and pages exactly as the database does, after
/// every kind of write, for every kind of reader; the log names what changed, and a reader the log has left behind reads in full.
/// </summary>
public sealed class FacetSnapshotTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static readonly string[] Filters =
    [
        "", "area=housing", "area=housing&area=justice", "cluster=1", "level=National", "actor=CivilSociety&actor=Academia",
        "status=Validated", "status=Submitted&area=justice", "language=French", "untranslated=French", "untranslated=Spanish&area=housing",
        "level=Local&status=Submitted&area=housing", "language=English&language=Spanish&level=Global", "sort=Newest&page=2&pageSize=2",
        "q=TOKEN", "q=TOKEN&area=housing&status=Submitted", "q=TOKEN%20six&level=Global", "q=English", "q=TOKEN&untranslated=French&page=2&pageSize=1",
    ];

    private sealed record Reader(string Name, RecommendationScope Scope);

    // Every filter, for every reader: the database's counts (tallies or grouped statements) and page against the snapshot's.
    private async Task AssertSnapshotMatchesAsync(FacetSnapshots snapshots, IReadOnlyList<Reader> readers, string token, string after)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MechelenDbContext>();
        var stamps = await FiguresCache.StampsAsync(db, CancellationToken.None);
        var names = await services.GetRequiredService<TaxonomyReader>().NamesAsync(stamps.Taxonomy, "en", CancellationToken.None);
        var facets = services.GetRequiredService<RecommendationFacets.Handler>();
        var rows = services.GetRequiredService<RecommendationRows>();
        var search = services.GetRequiredService<IRecommendationTextSearch>();
        async Task<IdSet?> MatchingAsync(RecommendationFilter filter) =>
            filter.HasText ? IdSet.Of(await search.Matching(filter.Q!).ToListAsync()) : null;
        var eventCode = await db.Events.Select(e => e.Code).SingleAsync();
        var taxonomy = FilterTaxonomy.For(names, eventCode)!;
        var snapshot = await snapshots.GetAsync(db, taxonomy.Event.Id, stamps.Recommendations, CancellationToken.None);
        Assert.NotNull(snapshot);
        foreach (var query in Filters)
        {
            foreach (var reader in readers)
            {
                var filter = Parse(query.Replace("TOKEN", token, StringComparison.Ordinal));
                var label = $"after {after}, {reader.Name}, ?{query}";
                var counted = Describe(await facets.CountAsync(filter, taxonomy, reader.Scope, CancellationToken.None));
                var held = Describe(RecommendationFacets.Handler.Count(snapshot!.With(await MatchingAsync(filter)), filter, taxonomy, reader.Scope));
                Assert.True(counted == held, $"{label}: the database counts {counted}\n but the snapshot {held}");
                var expected = (await rows.ListAsync(filter, taxonomy, reader.Scope, paged: true, CancellationToken.None)).Select(r => r.Id).ToList();
                var page = snapshot!.Page(new FacetMatch(filter, taxonomy, untranslated: true), reader.Scope, await MatchingAsync(filter), (filter.Page - 1) * filter.PageSize, filter.PageSize);
                var actual = (await rows.ByIdsAsync(page, filter, taxonomy, reader.Scope, CancellationToken.None)).Select(r => r.Id).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{label}: page [{string.Join(",", expected)}] but the snapshot's [{string.Join(",", actual)}]");
            }
        }
    }

    private static RecommendationFilter Parse(string query)
    {
        var filter = new RecommendationFilter();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).Select(p => new[] { p[0], Uri.UnescapeDataString(p[1]) }))
        {
            switch (pair[0])
            {
                case "area": filter.Area.Add(pair[1]); break;
                case "cluster": filter.Cluster.Add(int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture)); break;
                case "level": filter.Level.Add(Enum.Parse<GovernanceLevels>(pair[1])); break;
                case "actor": filter.Actor.Add(Enum.Parse<ActorGroups>(pair[1])); break;
                case "status": filter.Status.Add(Enum.Parse<RecommendationStatus>(pair[1])); break;
                case "language": filter.Language.Add(Enum.Parse<RecommendationLanguage>(pair[1])); break;
                case "untranslated": filter.Untranslated.Add(Enum.Parse<RecommendationLanguage>(pair[1])); break;
                case "page": filter.Page = int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "pageSize": filter.PageSize = int.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "q": filter.Q = pair[1]; break;
                case "sort": filter.Sort = Enum.Parse<RecommendationSort>(pair[1]); break;
            }
        }

        return filter;
    }

    // Every count, zeros left out (the database's grouped statements name only values that occur), in one order.
    private static string Describe(RecommendationFacets.Counts c)
    {
        static IEnumerable<string> Of<TKey>(string facet, Dictionary<TKey, int> counts)
            where TKey : notnull => counts.Where(p => p.Value != 0).Select(p => $"{facet}:{p.Key}={p.Value}");
        return string.Join(" ", new[] { $"total={c.Total}" }
            .Concat(Of("area", c.Areas)).Concat(Of("cluster", c.Clusters)).Concat(Of("session", c.Sessions)).Concat(Of("level", c.Levels))
            .Concat(Of("actor", c.Actors)).Concat(Of("status", c.Statuses)).Concat(Of("language", c.Languages)).Concat(Of("untranslated", c.Untranslated))
            .Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Snapshot_CountsAndPagesAsTheDatabase_AfterEveryKindOfWrite_ForEveryReader()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var rapporteur = await factory.CreateUserAsync($"{t}-r@example.org", "snapshot rapporteur 2017", Roles.Rapporteur);
        var officer = await factory.CreateUserAsync($"{t}-o@example.org", "snapshot officer 2017", Roles.PolicyOfficer);
        var sessions = await factory.SessionsByStartAsync();
        IReadOnlyList<Reader> readers =
        [
            new("reviewer", RecommendationScope.Submitted),
            new("reviewer with own drafts", RecommendationScope.Reviewer(officer.Id)),
            new("rapporteur", RecommendationScope.Rapporteur(rapporteur.Id, [sessions[0], sessions[1]])),
        ];
        var snapshots = new FacetSnapshots();
        var ids = await factory.AddAsync(
            new Rec($"{t} one") { Areas = ["housing", "employment"], SessionIndex = 0, CapturedById = rapporteur.Id },
            new Rec($"{t} two") { Areas = ["justice"], SessionIndex = 1, Levels = GovernanceLevels.National | GovernanceLevels.Global, Language = RecommendationLanguage.French },
            new Rec($"{t} three") { Areas = [], Status = RecommendationStatus.Draft, Actors = ActorGroups.CivilSociety | ActorGroups.Academia, CapturedById = officer.Id },
            new Rec($"{t} four") { Areas = ["data"], SessionIndex = 2, Status = RecommendationStatus.Validated, Language = RecommendationLanguage.Spanish },
            new Rec($"{t} five") { Areas = ["housing"], SessionIndex = 1, Status = RecommendationStatus.Validated, CapturedById = rapporteur.Id });
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "the first read");

        await factory.AddAsync(new Rec($"{t} six") { Areas = ["justice", "housing"], SessionIndex = 0, Levels = GovernanceLevels.Global });
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "an insert");

        // A new row dated before the last one held (two saves whose clocks and commits crossed) is merged in its place.
        var early = await factory.AddAsync(new Rec($"{t} seven") { Areas = ["justice"], SessionIndex = 1 });
        await factory.WithDbAsync(async db =>
        {
            await db.Recommendations.Where(r => r.Id == early[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, r => r.CreatedAt.AddDays(-1)));
            await db.BumpChangeStampAsync(CancellationToken.None);
            return 0;
        });
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "an insert dated before the last row");

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
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "an edit of every facet");

        await factory.WithDbAsync(async db =>
        {
            db.RecommendationTranslations.AddRange(
                new RecommendationTranslation { RecommendationId = ids[1], Language = RecommendationLanguage.English, Text = $"{t} two in English", TranslatedByName = "Test" },
                new RecommendationTranslation { RecommendationId = ids[3], Language = RecommendationLanguage.French, Text = $"{t} four in French", TranslatedByName = "Test" });
            return await db.SaveChangesAsync();
        });
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "two translations");

        await factory.WithDbAsync(db => db.RecommendationTranslations.Where(x => x.RecommendationId == ids[3]).ExecuteDeleteAsync());
        await factory.WithDbAsync(db => db.RecommendationAreas.Where(ra => ra.RecommendationId == ids[4]).ExecuteDeleteAsync());
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[2]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecommendationStatus.Submitted)));
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[1]).ExecuteDeleteAsync());
        // Writes around EF move the change stamp themselves, as the app's do.
        await factory.WithDbAsync(async db =>
        {
            await db.BumpChangeStampAsync(CancellationToken.None);
            return 0;
        });
        await AssertSnapshotMatchesAsync(snapshots, readers, t, "a translation and areas removed, a draft submitted and a delete, around EF");
    }

    [Fact]
    public async Task ChangeLog_NamesWhatChanged_AndAReaderLeftBehindReadsInFull()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"{t} one"), new Rec($"{t} two"));
        var eventId = await factory.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        var before = await factory.WithDbAsync(db => RecommendationChanges.ReadAsync(db, eventId, null, CancellationToken.None));
        Assert.True(before!.Full);
        Assert.Contains(before.Rows, r => r.Id == ids[0]);

        // A text edit (the text search sees it), a status change and a translation are logged.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Text, $"{t} one, reworded")));
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecommendationStatus.Validated)));
        await factory.WithDbAsync(async db =>
        {
            db.RecommendationTranslations.Add(new RecommendationTranslation { RecommendationId = ids[0], Language = RecommendationLanguage.French, Text = $"{t} un", TranslatedByName = "Test" });
            return await db.SaveChangesAsync();
        });
        var after = await factory.WithDbAsync(db => RecommendationChanges.ReadAsync(db, eventId, before.Seq, CancellationToken.None));
        Assert.False(after!.Full);
        Assert.Equal(new[] { ids[0], ids[1] }, after.Changed.Order());
        Assert.Equal(RecommendationStatus.Validated, after.Rows.Single(r => r.Id == ids[1]).Status);
        Assert.Equal(RecommendationChanges.Bit(RecommendationLanguage.French), after.Rows.Single(r => r.Id == ids[0]).Translated);

        // Entries a reader has not seen pruned away: it reads the event in full.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM RecommendationChanges"));
        await factory.AddAsync(new Rec($"{t} three"));
        var behind = await factory.WithDbAsync(db => RecommendationChanges.ReadAsync(db, eventId, before.Seq, CancellationToken.None));
        Assert.True(behind!.Full);
        Assert.Contains(behind.Rows, r => r.Id == ids[1]);
    }

    [Fact]
    public async Task AnEditThatKeepsARowInItsPlace_IsWrittenOverIt_AndAnythingElseMakesANewBuffer()
    {
        factory.CreateClient();
        var t = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"{t} one"), new Rec($"{t} two"));
        var snapshots = new FacetSnapshots();
        var eventId = await factory.WithDbAsync(db => db.Events.Select(e => e.Id).SingleAsync());
        async Task<FacetSnapshots.Snapshot> CurrentAsync() => (await factory.WithDbAsync(async db =>
            await snapshots.GetAsync(db, eventId, await FiguresCache.StampAsync(db, CancellationToken.None), CancellationToken.None)))!;
        var before = await CurrentAsync();

        await factory.WithDbAsync(async db =>
        {
            (await db.Recommendations.SingleAsync(r => r.Id == ids[0])).Status = RecommendationStatus.Validated;
            return await db.SaveChangesAsync();
        });
        var validated = await CurrentAsync();

        Assert.Same(before.Buffer, validated.Buffer);
        Assert.Equal(before.Count, validated.Count);
        Assert.Equal(RecommendationStatus.Validated, validated.Rows.ToArray().Single(r => r.Id == ids[0]).Status);

        // A creation time changed moves the row: a new buffer, in order.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, DateTime.UtcNow.AddYears(-1))));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE ChangeStamps SET Value = Value + 1"));
        var moved = await CurrentAsync();

        Assert.NotSame(validated.Buffer, moved.Buffer);
        Assert.Equal(validated.Count, moved.Count);
        var rows = moved.Rows.ToArray();
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.CreatedAt < p.Second.CreatedAt || (p.First.CreatedAt == p.Second.CreatedAt && p.First.Id < p.Second.Id)));
        await AssertSnapshotMatchesAsync(snapshots, [new Reader("reviewer", RecommendationScope.Submitted)], t, "an edit in place and a move");
    }
}
