using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Taxonomy;

/// <summary>
/// Everything recommendations are filed under, with every translation: governance areas, GCM clusters, levels, actors,
/// and each event with its sessions. Read whole (a few hundred short texts) and cached under the change stamp by
/// <see cref="TaxonomyReader"/>; <see cref="In"/> gives the names in one language.
/// </summary>
public sealed class TaxonomyCatalog
{
    public sealed record Area(int Id, string Code, int Order, IReadOnlyList<int> Clusters, Wording Wording);

    /// <summary>A GCM cluster: its short title is the wording's name, its full title the description.</summary>
    public sealed record Cluster(int Number, Wording Wording);

    /// <summary>A level of governance or an actor: the enum member's value and name.</summary>
    public sealed record Label(int Value, string Code, Wording Wording);

    /// <summary>A session: its title is the wording's name, its focus the description.</summary>
    public sealed record Session(int Id, string Code, DateTime StartsAt, Wording Wording);

    public sealed record Event(int Id, string Code, DateOnly StartDate, Wording Wording, IReadOnlyList<Session> Sessions);

    public required IReadOnlyList<Area> Areas { get; init; }
    public required IReadOnlyList<Cluster> Clusters { get; init; }
    public required IReadOnlyList<Label> Levels { get; init; }
    public required IReadOnlyList<Label> Actors { get; init; }

    /// <summary>Events, latest first.</summary>
    public required IReadOnlyList<Event> Events { get; init; }

    public static async Task<TaxonomyCatalog> LoadAsync(MechelenDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.GovernanceAreas.AsNoTracking().OrderBy(a => a.Order).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Code, a.Order, a.Name, a.Description, a.Translations, Clusters = a.Clusters.OrderBy(c => c.Number).Select(c => c.Number).ToList() })
            .ToListAsync(cancellationToken);
        var clusters = await db.GcmClusters.AsNoTracking().OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.ShortTitle, c.Title, c.Translations }).ToListAsync(cancellationToken);
        var labels = await db.TaxonomyLabels.AsNoTracking().OrderBy(l => l.Order).ThenBy(l => l.Value)
            .Select(l => new { l.List, l.Value, l.Code, l.Name, l.Description, l.Translations }).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Code, e.StartDate, e.Name, e.Description, e.Translations }).ToListAsync(cancellationToken);
        var sessions = (await db.Sessions.AsNoTracking().OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Title).ThenBy(s => s.Id)
                .Select(s => new { s.EventId, s.Id, s.Code, s.StartsAt, s.Title, s.Focus, s.Translations }).ToListAsync(cancellationToken))
            .ToLookup(s => s.EventId);

        return new TaxonomyCatalog
        {
            Areas = areas.Select(a => new Area(a.Id, a.Code, a.Order, a.Clusters, new Wording(a.Name, a.Description, a.Translations))).ToList(),
            Clusters = clusters.Select(c => new Cluster(c.Number, new Wording(c.ShortTitle, c.Title, c.Translations))).ToList(),
            Levels = labels.Where(l => l.List == TaxonomyLists.Level).Select(l => new Label(l.Value, l.Code, new Wording(l.Name, l.Description, l.Translations))).ToList(),
            Actors = labels.Where(l => l.List == TaxonomyLists.Actor).Select(l => new Label(l.Value, l.Code, new Wording(l.Name, l.Description, l.Translations))).ToList(),
            Events = events.Select(e => new Event(e.Id, e.Code, e.StartDate, new Wording(e.Name, e.Description, e.Translations),
                sessions[e.Id].Select(s => new Session(s.Id, s.Code, s.StartsAt, new Wording(s.Title, s.Focus, s.Translations))).ToList())).ToList(),
        };
    }

    /// <summary>The names in <paramref name="language"/> (a two-letter code), each falling back to its original; null gives the originals.</summary>
    public TaxonomyNames In(string? language) => new(this, language);

    /// <summary>Roughly how many kilobytes the catalog holds, for <see cref="Infrastructure.FiguresCache"/>.</summary>
    public long CacheSize()
    {
        static long Size(Wording w) => w.Name.Length + (w.Description?.Length ?? 0)
            + w.Translations.Values.Sum(t => (long)(t.Name?.Length ?? 0) + (t.Description?.Length ?? 0));

        var total = Areas.Sum(a => Size(a.Wording)) + Clusters.Sum(c => Size(c.Wording)) + Levels.Concat(Actors).Sum(l => Size(l.Wording))
            + Events.Sum(e => Size(e.Wording) + e.Sessions.Sum(s => Size(s.Wording)));
        return 1 + (total * 2 / 1024);
    }
}

/// <summary>The closed lists whose labels <see cref="TaxonomyLabel"/> holds.</summary>
public static class TaxonomyLists
{
    public const string Level = "level";
    public const string Actor = "actor";
}
