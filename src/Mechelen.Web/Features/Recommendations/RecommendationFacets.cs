using System.Globalization;
using System.Runtime.InteropServices;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Each facet's values with the number of recommendations that match the rest of the filter (the filter
/// without that facet), so ticking a value adds exactly that many within its facet's OR.
/// </summary>
public static class RecommendationFacets
{
    /// <summary>A value to tick. Facets are cached for every reader, so words and times are put into the reader's language by the page:
    /// <paramref name="StartsAt"/> is a session's start, shown before its title.</summary>
    public sealed record Value(string Key, string Label, int Count, bool Selected, DateTime? StartsAt = null);

    /// <summary>A facet; when <paramref name="LabelsAreKeys"/> its values' labels are resource keys (statuses, languages).</summary>
    public sealed record Facet(string Name, string Label, IReadOnlyList<Value> Values, bool LabelsAreKeys = false);

    /// <summary>The filter's total and every facet value's count: the same in every language.</summary>
    public sealed class Counts
    {
        public int Total { get; internal set; }
        public Dictionary<int, int> Areas { get; } = [];
        public Dictionary<int, int> Clusters { get; } = [];
        public Dictionary<int, int> Sessions { get; } = [];
        public Dictionary<GovernanceLevels, int> Levels { get; } = [];
        public Dictionary<ActorGroups, int> Actors { get; } = [];
        public Dictionary<RecommendationStatus, int> Statuses { get; } = [];
        public Dictionary<RecommendationLanguage, int> Languages { get; } = [];

        /// <summary>Per language, what was written in another one and has no translation into it yet.</summary>
        public Dictionary<RecommendationLanguage, int> Untranslated { get; } = [];
    }

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search)
    {
        private static readonly GovernanceLevels[] LevelFlags = Enum.GetValues<GovernanceLevels>().Where(l => l != GovernanceLevels.None).ToArray();
        private static readonly ActorGroups[] ActorFlags = Enum.GetValues<ActorGroups>().Where(a => a != ActorGroups.None).ToArray();

        /// <summary>
        /// With a text: one statement, the facet columns of every recommendation the reader may see that matches the event and the text
        /// (the filter without its facets). Each row then counts in every facet when it matches the whole
        /// filter, and only in the one facet it misses when it misses exactly one; that is each facet's "rest of the filter",
        /// without a query per facet.
        /// </summary>
        public async Task<Counts> CountAsync(
            RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken,
            Func<Task<FacetSnapshots.Held?>>? held = null)
        {
            // Without a text and with nothing but statuses ticked, the event's tallies (kept by triggers) hold every count.
            if (!filter.HasText && scope.EverySubmitted && filter.Area.Count == 0 && filter.Cluster.Count == 0 && filter.Session.Count == 0
                && filter.Level.Count == 0 && filter.Actor.Count == 0 && filter.Language.Count == 0 && filter.Untranslated.Count == 0)
            {
                return await TalliedAsync(filter, taxonomy, scope, cancellationToken);
            }

            // The event's rows held in memory and brought up to date from the change log: counted there, with no read of the rows.
            if (held is not null && await held() is { } rows)
            {
                return Count(rows, filter, taxonomy, scope);
            }

            if (!filter.HasText)
            {
                // Else that read is the whole event: grouped counts, one statement per facet, cost less there (measured).
                var grouped = await GroupedAsync(filter, taxonomy, scope, cancellationToken);
                // The language facet's rest of the filter differs from the whole filter only by the languages ticked.
                var matched = grouped.Languages.Where(l => filter.Language.Count == 0 || filter.Language.Contains(l.Key))
                    .ToDictionary(l => l.Key, l => l.Value);
                await CountUntranslatedAsync(grouped, matched, filter, taxonomy, scope, cancellationToken);
                return grouped;
            }

            var unfaceted = filter.Copy(f =>
            {
                f.Area = [];
                f.Cluster = [];
                f.Session = [];
                f.Level = [];
                f.Actor = [];
                f.Status = [];
                f.Language = [];
            });
            var match = new FacetMatch(filter, taxonomy, untranslated: false);
            var tally = new RowTally();

            // Read through the query's own command rather than materialised by EF: on 100,000 rows the per-row cost of
            // entities and value conversions is most of the time. Columns: session, status, language, levels, actors, areas.
            await using var command = unfaceted.Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope)
                .Select(r => new { r.SessionId, r.Status, r.Language, r.Levels, r.Actors, r.AreaMask })
                .CreateDbCommand();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var r = new RecommendationChanges.FacetRow(
                        0, reader.GetInt32(0), StoredNames.Statuses[reader.GetString(1)], StoredNames.Languages[reader.GetString(2)],
                        (GovernanceLevels)reader.GetInt32(3), (ActorGroups)reader.GetInt32(4), reader.GetInt64(5), null, default, 0);
                    tally.Add(match.Missed(r), r);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            var counts = tally.Finish(taxonomy);
            await CountUntranslatedAsync(counts, tally.MatchedIn, filter, taxonomy, scope, cancellationToken);
            return counts;
        }

        /// <summary>
        /// Every count from an event's rows held in memory (with a text, those among the ids it matched): the rows the reader may see, each counted in every facet when it
        /// matches the whole filter and in the one facet it alone misses; translations' languages are on the rows, so the
        /// "lacks a translation into" facet is counted in the same pass.
        /// </summary>
        public static Counts Count(FacetSnapshots.Held held, RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope)
        {
            var match = new FacetMatch(filter, taxonomy, untranslated: true);
            var tally = new RowTally();
            var untranslated = new int[Translations.ContentLanguages.All.Count];
            var matching = held.Matching;
            foreach (var r in held.Snapshot.Rows)
            {
                if ((matching is not null && !matching.Contains(r.Id)) || !scope.Sees(r.Status, r.SessionId, r.CapturedById))
                {
                    continue;
                }

                var missed = match.Missed(r);
                if (missed is < 0 or FacetMatch.Untranslated)
                {
                    // A row that misses only the untranslated facet counts in that facet alone.
                    if (missed == FacetMatch.Untranslated)
                    {
                        CountLacking(r, untranslated);
                    }

                    continue;
                }

                tally.Add(missed, r);
                if (missed == 0)
                {
                    CountLacking(r, untranslated);
                }
            }

            var counts = tally.Finish(taxonomy);
            for (var i = 0; i < untranslated.Length; i++)
            {
                counts.Untranslated[Translations.ContentLanguages.All[i]] = untranslated[i];
            }

            return counts;
        }

        private static void CountLacking(in RecommendationChanges.FacetRow r, int[] untranslated)
        {
            for (var i = 0; i < untranslated.Length; i++)
            {
                if (FacetMatch.Lacks(r, Translations.ContentLanguages.All[i]))
                {
                    untranslated[i]++;
                }
            }
        }

        /// <summary>
        /// Rows added one at a time: each facet's values are tallied per stored combination (statuses, languages, level and
        /// actor masks in arrays indexed by their value; sessions and area masks, whose values are ids, in dictionaries) and
        /// spread over flags, areas and clusters once at the end, so a row costs a handful of additions.
        /// </summary>
        private sealed class RowTally
        {
            private const int LevelValues = 32, ActorValues = 512;
            private readonly Counts _counts = new();
            private readonly int[] _statuses = new int[Enum.GetValues<RecommendationStatus>().Length];
            private readonly int[] _languages = new int[Enum.GetValues<RecommendationLanguage>().Length];
            private readonly int[] _matchedIn = new int[Enum.GetValues<RecommendationLanguage>().Length];
            private readonly int[] _levels = new int[LevelValues];
            private readonly int[] _actors = new int[ActorValues];
            private readonly Dictionary<long, int> _areaMasks = [];
            private readonly Dictionary<long, int> _clusterMasks = [];
            private readonly Dictionary<GovernanceLevels, int> _otherLevels = [];
            private readonly Dictionary<ActorGroups, int> _otherActors = [];

            /// <summary>The whole filter's rows per language, for the untranslated facet (after <see cref="Finish"/>).</summary>
            public Dictionary<RecommendationLanguage, int> MatchedIn { get; } = [];

            /// <param name="missed">What <see cref="FacetMatch.Missed"/> said of the row (a row that misses two facets counts nowhere).</param>
            public void Add(int missed, in RecommendationChanges.FacetRow r)
            {
                switch (missed)
                {
                    case < 0:
                        return;
                    case 0:
                        _counts.Total++;
                        _matchedIn[(int)r.Language]++;
                        Tally(_areaMasks, r.AreaMask);
                        Tally(_clusterMasks, r.AreaMask);
                        Tally(_counts.Sessions, r.SessionId);
                        TallyLevels(r.Levels);
                        TallyActors(r.Actors);
                        _statuses[(int)r.Status]++;
                        _languages[(int)r.Language]++;
                        return;
                    case FacetMatch.Area:
                        Tally(_areaMasks, r.AreaMask);
                        return;
                    case FacetMatch.Cluster:
                        Tally(_clusterMasks, r.AreaMask);
                        return;
                    case FacetMatch.Session:
                        Tally(_counts.Sessions, r.SessionId);
                        return;
                    case FacetMatch.Level:
                        TallyLevels(r.Levels);
                        return;
                    case FacetMatch.Actor:
                        TallyActors(r.Actors);
                        return;
                    case FacetMatch.Status:
                        _statuses[(int)r.Status]++;
                        return;
                    case FacetMatch.Language:
                        _languages[(int)r.Language]++;
                        return;
                }
            }

            private void TallyLevels(GovernanceLevels levels)
            {
                if ((uint)levels < LevelValues)
                {
                    _levels[(int)levels]++;
                }
                else
                {
                    Tally(_otherLevels, levels);
                }
            }

            private void TallyActors(ActorGroups actors)
            {
                if ((uint)actors < ActorValues)
                {
                    _actors[(int)actors]++;
                }
                else
                {
                    Tally(_otherActors, actors);
                }
            }

            public Counts Finish(FilterTaxonomy taxonomy)
            {
                for (var i = 0; i < _statuses.Length; i++)
                {
                    if (_statuses[i] > 0)
                    {
                        _counts.Statuses[(RecommendationStatus)i] = _statuses[i];
                    }
                }

                for (var i = 0; i < _languages.Length; i++)
                {
                    if (_languages[i] > 0)
                    {
                        _counts.Languages[(RecommendationLanguage)i] = _languages[i];
                    }

                    if (_matchedIn[i] > 0)
                    {
                        MatchedIn[(RecommendationLanguage)i] = _matchedIn[i];
                    }
                }

                for (var i = 0; i < LevelValues; i++)
                {
                    if (_levels[i] > 0)
                    {
                        Handler.Add(_otherLevels, (GovernanceLevels)i, _levels[i]);
                    }
                }

                for (var i = 0; i < ActorValues; i++)
                {
                    if (_actors[i] > 0)
                    {
                        Handler.Add(_otherActors, (ActorGroups)i, _actors[i]);
                    }
                }

                Spread(_counts, _areaMasks, _clusterMasks, _otherLevels, _otherActors, taxonomy);
                return _counts;
            }
        }

        /// <summary>
        /// The "lacks a translation into" facet. When none of its values is ticked its rest of the filter is the whole filter:
        /// per language, the filter's rows written in another language (<paramref name="matchedIn"/>, counted above) less those
        /// translated into it, which one statement counts from the translations, whose number is usually far below the rows'.
        /// With values ticked, it is counted apart.
        /// </summary>
        private async Task CountUntranslatedAsync(
            Counts counts, Dictionary<RecommendationLanguage, int> matchedIn, RecommendationFilter filter, FilterTaxonomy taxonomy,
            RecommendationScope scope, CancellationToken cancellationToken)
        {
            if (filter.Untranslated.Count > 0)
            {
                await CountUntranslatedApartAsync(counts, filter, taxonomy, scope, cancellationToken);
                return;
            }

            // Without statistics on an empty table SQLite would probe it once per recommendation: ask first whether there is any.
            var translated = new Dictionary<RecommendationLanguage, int>();
            if (await db.RecommendationTranslations.AnyAsync(cancellationToken))
            {
                translated = await filter.Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope)
                    .SelectMany(r => r.Translations.Where(t => t.Language != r.Language), (r, t) => t.Language)
                    .GroupBy(l => l)
                    .Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            }

            foreach (var language in Translations.ContentLanguages.All)
            {
                counts.Untranslated[language] = matchedIn.Where(m => m.Key != language).Sum(m => m.Value) - translated.GetValueOrDefault(language);
            }
        }

        /// <summary>
        /// The "lacks a translation into" facet: per language, the rest of the filter's recommendations written in another
        /// language with no translation into it. Counted apart because the rows read above carry no translations.
        /// </summary>
        private async Task CountUntranslatedApartAsync(
            Counts counts, RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
        {
            var rest = filter.Copy(f => f.Untranslated.Clear()).Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope);
            foreach (var language in Translations.ContentLanguages.All)
            {
                counts.Untranslated[language] = await rest
                    .CountAsync(r => r.Language != language && !r.Translations.Any(t => t.Language == language), cancellationToken);
            }
        }

        /// <summary>Each facet's counts grouped in the database over the rest of the filter, and the filter's total.</summary>
        private async Task<Counts> GroupedAsync(
            RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
        {
            IQueryable<Recommendation> Rest(Action<RecommendationFilter> clear) =>
                filter.Copy(clear).Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope);

            // Facets with nothing ticked count over the whole filter. One statement groups it by session, status and language, in
            // the facet index's own order (no sort): the total and those three facets when they are not ticked.
            var counts = new Counts();
            var whole = await Rest(_ => { }).GroupBy(r => new { r.SessionId, r.Status, r.Language })
                .Select(g => new { g.Key.SessionId, g.Key.Status, g.Key.Language, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var g in whole)
            {
                counts.Total += g.Count;
                if (filter.Session.Count == 0)
                {
                    counts.Sessions[g.SessionId] = counts.Sessions.GetValueOrDefault(g.SessionId) + g.Count;
                }

                if (filter.Status.Count == 0)
                {
                    counts.Statuses[g.Status] = counts.Statuses.GetValueOrDefault(g.Status) + g.Count;
                }

                if (filter.Language.Count == 0)
                {
                    counts.Languages[g.Language] = counts.Languages.GetValueOrDefault(g.Language) + g.Count;
                }
            }

            // Area masks come back as their distinct combinations (about a hundred) and are counted per area and per cluster
            // here: a recommendation counts once for a cluster however many of its areas map to it.
            var areaMasks = await Rest(f => f.Area.Clear()).GroupBy(r => r.AreaMask)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var m in areaMasks)
            {
                foreach (var id in GovernanceArea.Ids(m.Key))
                {
                    counts.Areas[id] = counts.Areas.GetValueOrDefault(id) + m.Count;
                }
            }

            var clusterMasks = filter.Cluster.Count == 0 && filter.Area.Count == 0 ? areaMasks
                : await Rest(f => f.Cluster.Clear()).GroupBy(r => r.AreaMask)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var clustersOfArea = taxonomy.Areas.ToDictionary(a => a.Id, a => a.Clusters);
            foreach (var m in clusterMasks)
            {
                foreach (var number in GovernanceArea.Ids(m.Key).SelectMany(id => clustersOfArea.GetValueOrDefault(id) ?? []).Distinct())
                {
                    counts.Clusters[number] = counts.Clusters.GetValueOrDefault(number) + m.Count;
                }
            }

            if (filter.Session.Count > 0)
            {
                foreach (var g in await Rest(f => f.Session.Clear()).GroupBy(r => r.SessionId)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                {
                    counts.Sessions[g.Key] = g.Count;
                }
            }

            // Masks come back as their distinct combinations (a few dozen at most) and are summed per flag here; with neither
            // facet ticked, one statement groups by both.
            var levelsAndActors = filter.Level.Count == 0 && filter.Actor.Count == 0
                ? await Rest(_ => { }).GroupBy(r => new { r.Levels, r.Actors })
                    .Select(g => new { g.Key.Levels, g.Key.Actors, Count = g.Count() }).ToListAsync(cancellationToken)
                : null;
            var levels = levelsAndActors?.GroupBy(g => g.Levels).Select(g => (g.Key, Count: g.Sum(x => x.Count))).ToList()
                ?? (await Rest(f => f.Level.Clear()).GroupBy(r => r.Levels)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(g => (g.Key, g.Count)).ToList();
            foreach (var g in levels)
            {
                foreach (var flag in Enum.GetValues<GovernanceLevels>().Where(l => l != GovernanceLevels.None && g.Key.HasFlag(l)))
                {
                    counts.Levels[flag] = counts.Levels.GetValueOrDefault(flag) + g.Count;
                }
            }

            var actors = levelsAndActors?.GroupBy(g => g.Actors).Select(g => (g.Key, Count: g.Sum(x => x.Count))).ToList()
                ?? (await Rest(f => f.Actor.Clear()).GroupBy(r => r.Actors)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(g => (g.Key, g.Count)).ToList();
            foreach (var g in actors)
            {
                foreach (var flag in Enum.GetValues<ActorGroups>().Where(a => a != ActorGroups.None && g.Key.HasFlag(a)))
                {
                    counts.Actors[flag] = counts.Actors.GetValueOrDefault(flag) + g.Count;
                }
            }

            if (filter.Status.Count > 0)
            {
                foreach (var g in await Rest(f => f.Status.Clear()).GroupBy(r => r.Status)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                {
                    counts.Statuses[g.Key] = g.Count;
                }
            }

            if (filter.Language.Count > 0)
            {
                foreach (var g in await Rest(f => f.Language.Clear()).GroupBy(r => r.Language)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
                {
                    counts.Languages[g.Key] = g.Count;
                }
            }

            return counts;
        }

        /// <summary>Area, cluster, level and actor counts from tallies per stored combination: a recommendation counts once for a
        /// cluster however many of its areas map to it.</summary>
        private static void Spread(
            Counts counts, Dictionary<long, int> areaMasks, Dictionary<long, int> clusterMasks, Dictionary<GovernanceLevels, int> levelMasks,
            Dictionary<ActorGroups, int> actorMasks, FilterTaxonomy taxonomy)
        {
            var clustersOfArea = taxonomy.Areas.ToDictionary(a => a.Id, a => a.Clusters);
            foreach (var (mask, count) in areaMasks)
            {
                foreach (var id in GovernanceArea.Ids(mask))
                {
                    counts.Areas[id] = counts.Areas.GetValueOrDefault(id) + count;
                }
            }

            // A recommendation counts once for a cluster however many of its areas map to it.
            foreach (var (mask, count) in clusterMasks)
            {
                foreach (var number in GovernanceArea.Ids(mask).SelectMany(id => clustersOfArea.GetValueOrDefault(id) ?? []).Distinct())
                {
                    counts.Clusters[number] = counts.Clusters.GetValueOrDefault(number) + count;
                }
            }

            foreach (var (levels, count) in levelMasks)
            {
                foreach (var flag in LevelFlags.Where(f => levels.HasFlag(f)))
                {
                    counts.Levels[flag] = counts.Levels.GetValueOrDefault(flag) + count;
                }
            }

            foreach (var (actors, count) in actorMasks)
            {
                foreach (var flag in ActorFlags.Where(f => actors.HasFlag(f)))
                {
                    counts.Actors[flag] = counts.Actors.GetValueOrDefault(flag) + count;
                }
            }
        }

        /// <summary>
        /// The counts of a filter with nothing but statuses ticked, for a reviewer, from the event's tallies (a few hundred rows kept
        /// by triggers) instead of the event's rows; the reader's own drafts, which the tallies count for everyone, are read apart
        /// (a handful, through the author index).
        /// </summary>
        private async Task<Counts> TalliedAsync(
            RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
        {
            var tallies = await RecommendationTallies.CountedAsync(db, taxonomy.Event.Id, scope.AuthorId, cancellationToken);

            var counts = new Counts();
            var areaMasks = new Dictionary<long, int>();
            var levelMasks = new Dictionary<GovernanceLevels, int>();
            var actorMasks = new Dictionary<ActorGroups, int>();
            var matchedIn = new Dictionary<RecommendationLanguage, int>();
            foreach (var (status, language, facet, value, count) in tallies)
            {
                // Every facet but status has nothing ticked: its rest of the filter is the whole filter; the status facet's is everything.
                var whole = filter.Status.Count == 0 || filter.Status.Contains(status);
                if (facet == RecommendationTallies.Facet.Session)
                {
                    // Each row has one session: these tallies also give the total, statuses and languages.
                    Add(counts.Statuses, status, count);
                    if (whole && language is { } written)
                    {
                        counts.Total += count;
                        Add(counts.Sessions, (int)value, count);
                        Add(counts.Languages, written, count);
                        Add(matchedIn, written, count);
                    }
                }
                else if (whole)
                {
                    switch (facet)
                    {
                        case RecommendationTallies.Facet.Levels:
                            Add(levelMasks, (GovernanceLevels)value, count);
                            break;
                        case RecommendationTallies.Facet.Actors:
                            Add(actorMasks, (ActorGroups)value, count);
                            break;
                        case RecommendationTallies.Facet.AreaMask:
                            Add(areaMasks, value, count);
                            break;
                    }
                }
            }

            Spread(counts, areaMasks, areaMasks, levelMasks, actorMasks, taxonomy);
            await CountUntranslatedAsync(counts, matchedIn, filter, taxonomy, scope, cancellationToken);
            return counts;
        }

        private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int count)
            where TKey : notnull => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _) += count;

        private static void Tally<TKey>(Dictionary<TKey, int> counts, TKey key)
            where TKey : notnull => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

        /// <summary>The facets with their values named in <paramref name="taxonomy"/>'s language.</summary>
        public static IReadOnlyList<Facet> Build(Counts counts, RecommendationFilter filter, FilterTaxonomy taxonomy) =>
            [
                new("area", "Governance area", taxonomy.Areas.Select(a =>
                    new Value(a.Code, a.Name, counts.Areas.GetValueOrDefault(a.Id), filter.Area.Contains(a.Code))).ToList()),
                new("cluster", "GCM thematic cluster", taxonomy.Clusters.Select(c =>
                    new Value(Text(c.Number), $"{c.Number}. {c.ShortTitle}", counts.Clusters.GetValueOrDefault(c.Number), filter.Cluster.Contains(c.Number))).ToList()),
                new("session", "Session", taxonomy.Sessions.Select(s =>
                    new Value(Text(s.Id), s.Title, counts.Sessions.GetValueOrDefault(s.Id), filter.Session.Contains(s.Id), s.StartsAt)).ToList()),
                new("level", "Level of governance", taxonomy.LevelNames.Select(p =>
                    new Value(p.Key.ToString(), p.Value, counts.Levels.GetValueOrDefault(p.Key), filter.Level.Contains(p.Key))).ToList()),
                new("actor", "Actor addressed", taxonomy.ActorNames.Select(p =>
                    new Value(p.Key.ToString(), p.Value, counts.Actors.GetValueOrDefault(p.Key), filter.Actor.Contains(p.Key))).ToList()),
                // Draft is offered only to a reader who has drafts of their own (or has it ticked): no one else can see any.
                new("status", "Status", Enum.GetValues<RecommendationStatus>()
                    .Where(s => s != RecommendationStatus.Draft || counts.Statuses.ContainsKey(s) || filter.Status.Contains(s))
                    .Select(s => new Value(s.ToString(), $"Status.{s}", counts.Statuses.GetValueOrDefault(s), filter.Status.Contains(s))).ToList(), LabelsAreKeys: true),
                new("language", "Language", Enum.GetValues<RecommendationLanguage>().Select(l =>
                    new Value(l.ToString(), $"Language.{l}", counts.Languages.GetValueOrDefault(l), filter.Language.Contains(l))).ToList(), LabelsAreKeys: true),
                new("untranslated", "Lacks a translation into", Translations.ContentLanguages.All.Select(l =>
                    new Value(l.ToString(), $"Language.{l}", counts.Untranslated.GetValueOrDefault(l), filter.Untranslated.Contains(l))).ToList(), LabelsAreKeys: true),
            ];

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
