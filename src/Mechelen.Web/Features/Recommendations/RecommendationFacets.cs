using System.Globalization;
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

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search)
    {
        public async Task<IReadOnlyList<Facet>> HandleAsync(
            RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
        {
            IQueryable<Recommendation> Rest(Action<RecommendationFilter> clear) =>
                filter.Copy(clear).Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope);

            // Area masks come back as their distinct combinations (about a hundred) and are counted per area and per cluster
            // here: a recommendation counts once for a cluster however many of its areas map to it.
            var areaMasks = await Rest(f => f.Area.Clear()).GroupBy(r => r.AreaMask)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var areas = new Dictionary<int, int>();
            foreach (var m in areaMasks)
            {
                foreach (var id in GovernanceArea.Ids(m.Key))
                {
                    areas[id] = areas.GetValueOrDefault(id) + m.Count;
                }
            }

            var clusterMasks = filter.Cluster.Count == 0 && filter.Area.Count == 0 ? areaMasks
                : await Rest(f => f.Cluster.Clear()).GroupBy(r => r.AreaMask)
                    .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var clustersOfArea = taxonomy.Areas.ToDictionary(a => a.Id, a => a.Clusters);
            var clusters = new Dictionary<int, int>();
            foreach (var m in clusterMasks)
            {
                foreach (var number in GovernanceArea.Ids(m.Key).SelectMany(id => clustersOfArea.GetValueOrDefault(id) ?? []).Distinct())
                {
                    clusters[number] = clusters.GetValueOrDefault(number) + m.Count;
                }
            }

            var sessions = await Rest(f => f.Session.Clear()).GroupBy(r => r.SessionId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

            // Masks come back as their distinct combinations (a few dozen at most) and are summed per flag here.
            var levelMasks = await Rest(f => f.Level.Clear()).GroupBy(r => r.Levels)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var actorMasks = await Rest(f => f.Actor.Clear()).GroupBy(r => r.Actors)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

            var statuses = await Rest(f => f.Status.Clear()).GroupBy(r => r.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var languages = await Rest(f => f.Language.Clear()).GroupBy(r => r.Language)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

            return
            [
                new("area", "Governance area", taxonomy.Areas.Select(a =>
                    new Value(a.Code, a.Name, areas.GetValueOrDefault(a.Id), filter.Area.Contains(a.Code))).ToList()),
                new("cluster", "GCM thematic cluster", taxonomy.Clusters.Select(c =>
                    new Value(Text(c.Number), $"{c.Number}. {c.ShortTitle}", clusters.GetValueOrDefault(c.Number), filter.Cluster.Contains(c.Number))).ToList()),
                new("session", "Session", taxonomy.Sessions.Select(s =>
                    new Value(Text(s.Id), s.Title, sessions.GetValueOrDefault(s.Id), filter.Session.Contains(s.Id), s.StartsAt)).ToList()),
                new("level", "Level of governance", taxonomy.LevelNames.Select(p =>
                    new Value(p.Key.ToString(), p.Value, levelMasks.Where(m => m.Key.HasFlag(p.Key)).Sum(m => m.Count), filter.Level.Contains(p.Key))).ToList()),
                new("actor", "Actor addressed", taxonomy.ActorNames.Select(p =>
                    new Value(p.Key.ToString(), p.Value, actorMasks.Where(m => m.Key.HasFlag(p.Key)).Sum(m => m.Count), filter.Actor.Contains(p.Key))).ToList()),
                // Draft is offered only to a reader who has drafts of their own (or has it ticked): no one else can see any.
                new("status", "Status", Enum.GetValues<RecommendationStatus>()
                    .Where(s => s != RecommendationStatus.Draft || statuses.ContainsKey(s) || filter.Status.Contains(s))
                    .Select(s => new Value(s.ToString(), $"Status.{s}", statuses.GetValueOrDefault(s), filter.Status.Contains(s))).ToList(), LabelsAreKeys: true),
                new("language", "Language", Enum.GetValues<RecommendationLanguage>().Select(l =>
                    new Value(l.ToString(), $"Language.{l}", languages.GetValueOrDefault(l), filter.Language.Contains(l))).ToList(), LabelsAreKeys: true),
            ];
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
