using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// The event a filter works on and the names of everything it can select, in one language: a view of the cached
/// <see cref="TaxonomyNames"/>, used to check a filter's values, label facets and fill exports.
/// </summary>
public sealed class FilterTaxonomy
{
    public sealed record EventInfo(int Id, string Code, string Name);

    public sealed record AreaInfo(int Id, string Code, string Name, int Order, IReadOnlyList<int> Clusters);

    public sealed record ClusterInfo(int Number, string ShortTitle);

    public sealed record SessionInfo(int Id, string Title, DateTime StartsAt);

    public required EventInfo Event { get; init; }
    public required IReadOnlyList<AreaInfo> Areas { get; init; }
    public required IReadOnlyList<ClusterInfo> Clusters { get; init; }
    public required IReadOnlyList<SessionInfo> Sessions { get; init; }
    public required IReadOnlyDictionary<GovernanceLevels, string> LevelNames { get; init; }
    public required IReadOnlyDictionary<ActorGroups, string> ActorNames { get; init; }

    /// <summary>The event named by the filter (the most recent one when none is named), or null when there is no such event.</summary>
    public static FilterTaxonomy? For(TaxonomyNames names, string? eventCode)
    {
        var ev = names.FindEvent(eventCode);
        if (ev is null)
        {
            return null;
        }

        return new FilterTaxonomy
        {
            Event = new EventInfo(ev.Id, ev.Code, ev.Name),
            Areas = names.Areas.Select(a => new AreaInfo(a.Id, a.Code, a.Name, a.Order, a.Clusters)).ToList(),
            Clusters = names.Clusters.Select(c => new ClusterInfo(c.Number, c.ShortTitle)).ToList(),
            Sessions = ev.Sessions.Select(s => new SessionInfo(s.Id, s.Title, s.StartsAt)).ToList(),
            LevelNames = Names<GovernanceLevels>(names.Levels.ToDictionary(l => l.Code, l => l.Name)),
            ActorNames = Names<ActorGroups>(names.Actors.ToDictionary(l => l.Code, l => l.Name)),
        };
    }

    /// <summary>Removes values that name nothing in this event (a stale bookmark, a typo) and says which.</summary>
    public List<Message> RemoveUnknown(RecommendationFilter filter)
    {
        var messages = new List<Message>();
        var unknownAreas = filter.Area.Where(code => Areas.All(a => a.Code != code)).ToList();
        var unknownClusters = filter.Cluster.Where(n => Clusters.All(c => c.Number != n)).ToList();
        var unknownSessions = filter.Session.Where(id => Sessions.All(s => s.Id != id)).ToList();
        if (unknownAreas.Count > 0)
        {
            messages.Add(new Message("Unknown governance area ignored: {0}.", string.Join(", ", unknownAreas.Select(Shorten))));
            filter.Area.RemoveAll(unknownAreas.Contains);
        }

        if (unknownClusters.Count > 0)
        {
            messages.Add(new Message("Unknown GCM cluster ignored: {0}.", string.Join(", ", unknownClusters)));
            filter.Cluster.RemoveAll(unknownClusters.Contains);
        }

        if (unknownSessions.Count > 0)
        {
            messages.Add(new Message("Session not in this event ignored: {0}.", string.Join(", ", unknownSessions)));
            filter.Session.RemoveAll(unknownSessions.Contains);
        }

        return messages;
    }

    /// <summary>The codes of the given area ids, in area order.</summary>
    public IReadOnlyList<string> AreaCodes(IEnumerable<int> ids)
    {
        var wanted = ids.ToHashSet();
        return Areas.Where(a => wanted.Contains(a.Id)).Select(a => a.Code).ToList();
    }

    public IReadOnlyList<string> AreaNames(IEnumerable<string> codes) =>
        codes.Select(code => Areas.FirstOrDefault(a => a.Code == code)?.Name ?? code).ToList();

    /// <summary>GCM clusters reached through the given areas' mapping, in cluster order.</summary>
    public IReadOnlyList<int> ClustersOf(IEnumerable<string> areaCodes) =>
        areaCodes.SelectMany(code => Areas.FirstOrDefault(a => a.Code == code)?.Clusters ?? []).Distinct().Order().ToList();

    public IReadOnlyList<string> Names(GovernanceLevels levels) =>
        LevelNames.Where(p => levels.HasFlag(p.Key)).Select(p => p.Value).ToList();

    public IReadOnlyList<string> Names(ActorGroups actors) =>
        ActorNames.Where(p => actors.HasFlag(p.Key)).Select(p => p.Value).ToList();

    internal static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    // Every flag gets a name, from the seed when it has one, else the enum member's own.
    internal static Dictionary<T, string> Names<T>(Dictionary<string, string> seeded)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .ToDictionary(v => v, v => seeded.GetValueOrDefault(v.ToString(), v.ToString()));
}
