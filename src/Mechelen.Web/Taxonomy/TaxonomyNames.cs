namespace Mechelen.Web.Taxonomy;

/// <summary>The taxonomy in one language: every name and description translated where a translation exists, else the original.</summary>
public sealed class TaxonomyNames
{
    public sealed record Area(int Id, string Code, string Name, string? Description, int Order, IReadOnlyList<int> Clusters);

    public sealed record Cluster(int Number, string ShortTitle, string Title);

    public sealed record Label(int Value, string Code, string Name, string? Description);

    public sealed record Session(int Id, int EventId, string Code, string Title, string? Focus, DateTime StartsAt);

    public sealed record Event(int Id, string Code, string Name, string? Description, DateOnly StartDate, IReadOnlyList<Session> Sessions);

    private readonly Dictionary<int, Area> _areas;
    private readonly Dictionary<int, Session> _sessions;

    internal TaxonomyNames(TaxonomyCatalog catalog, string? language)
    {
        Language = language;
        Areas = catalog.Areas.Select(a => new Area(a.Id, a.Code, a.Wording.NameIn(language), a.Wording.DescriptionIn(language), a.Order, a.Clusters)).ToList();
        Clusters = catalog.Clusters.Select(c => new Cluster(c.Number, c.Wording.NameIn(language), c.Wording.DescriptionIn(language) ?? c.Wording.NameIn(language))).ToList();
        Levels = catalog.Levels.Select(l => new Label(l.Value, l.Code, l.Wording.NameIn(language), l.Wording.DescriptionIn(language))).ToList();
        Actors = catalog.Actors.Select(l => new Label(l.Value, l.Code, l.Wording.NameIn(language), l.Wording.DescriptionIn(language))).ToList();
        Events = catalog.Events.Select(e => new Event(e.Id, e.Code, e.Wording.NameIn(language), e.Wording.DescriptionIn(language), e.StartDate,
            e.Sessions.Select(s => new Session(s.Id, e.Id, s.Code, s.Wording.NameIn(language), s.Wording.DescriptionIn(language), s.StartsAt)).ToList())).ToList();
        _areas = Areas.ToDictionary(a => a.Id);
        _sessions = Events.SelectMany(e => e.Sessions).ToDictionary(s => s.Id);
    }

    /// <summary>The language code the names are in; null for the original wording.</summary>
    public string? Language { get; }

    /// <summary>In the administrators' order.</summary>
    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyList<Cluster> Clusters { get; }

    public IReadOnlyList<Label> Levels { get; }

    public IReadOnlyList<Label> Actors { get; }

    /// <summary>Latest first, each with its sessions by start.</summary>
    public IReadOnlyList<Event> Events { get; }

    /// <summary>The event with this code, or the latest when no code is given; null when there is none.</summary>
    public Event? FindEvent(string? code) =>
        string.IsNullOrWhiteSpace(code) ? (Events.Count > 0 ? Events[0] : null) : Events.FirstOrDefault(e => e.Code == code);

    public Event? FindEvent(int id) => Events.FirstOrDefault(e => e.Id == id);

    public Area? FindArea(int id) => _areas.GetValueOrDefault(id);

    public Session? FindSession(int id) => _sessions.GetValueOrDefault(id);

    /// <summary>The names of these areas, in area order.</summary>
    public IReadOnlyList<string> AreaNames(IEnumerable<int> ids)
    {
        var wanted = ids.ToHashSet();
        return Areas.Where(a => wanted.Contains(a.Id)).Select(a => a.Name).ToList();
    }

    /// <summary>The names of the levels in a bit mask, in list order.</summary>
    public IReadOnlyList<string> LevelNames(int mask) => Levels.Where(l => (mask & l.Value) != 0).Select(l => l.Name).ToList();

    public IReadOnlyList<string> ActorNames(int mask) => Actors.Where(a => (mask & a.Value) != 0).Select(a => a.Name).ToList();
}
