using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// The event a filter works on and the names of everything it can select: loaded once per request,
/// used to check a filter's values, label facets and fill exports.
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
    public static async Task<FilterTaxonomy?> LoadAsync(MechelenDbContext db, string? eventCode, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking();
        var ev = await (string.IsNullOrWhiteSpace(eventCode) ? events.OrderByDescending(e => e.StartDate) : events.Where(e => e.Code == eventCode))
            .Select(e => new EventInfo(e.Id, e.Code, e.Name))
            .FirstOrDefaultAsync(cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var areas = await db.GovernanceAreas.AsNoTracking().OrderBy(a => a.Order)
            .Select(a => new AreaInfo(a.Id, a.Code, a.Name, a.Order, a.Clusters.OrderBy(c => c.Number).Select(c => c.Number).ToList()))
            .ToListAsync(cancellationToken);
        var clusters = await db.GcmClusters.AsNoTracking().OrderBy(c => c.Number)
            .Select(c => new ClusterInfo(c.Number, c.ShortTitle)).ToListAsync(cancellationToken);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id).OrderBy(s => s.StartsAt).ThenBy(s => s.Title)
            .Select(s => new SessionInfo(s.Id, s.Title, s.StartsAt)).ToListAsync(cancellationToken);
        var labels = await db.TaxonomyLabels.AsNoTracking().OrderBy(l => l.Order)
            .Select(l => new { l.List, l.Code, l.Name }).ToListAsync(cancellationToken);
        return new FilterTaxonomy
        {
            Event = ev,
            Areas = areas,
            Clusters = clusters,
            Sessions = sessions,
            LevelNames = Names<GovernanceLevels>(labels.Where(l => l.List == "level").ToDictionary(l => l.Code, l => l.Name)),
            ActorNames = Names<ActorGroups>(labels.Where(l => l.List == "actor").ToDictionary(l => l.Code, l => l.Name)),
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
