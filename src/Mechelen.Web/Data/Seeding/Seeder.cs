using Mechelen.Web.Auditing;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Data.Seeding;

/// <summary>
/// Upserts the taxonomy and the events from <c>seeds/</c> by their stable codes, in one transaction.
/// Running it twice changes nothing; a changed name or description is updated; recommendations are never touched.
/// </summary>
public sealed class Seeder(MechelenDbContext db, IOptions<SeedOptions> options, IHostEnvironment environment, ILogger<Seeder> logger)
{
    public const string TaxonomyFile = "taxonomy.json";
    public const string EventsFolder = "events";

    public string SeedFolder => Path.IsPathRooted(options.Value.Path)
        ? options.Value.Path
        : Path.Combine(AppContext.BaseDirectory, options.Value.Path);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var taxonomy = SeedReader.Read<TaxonomySeed>(Path.Combine(SeedFolder, TaxonomyFile));
        TaxonomyValidator.Validate(taxonomy, TaxonomyFile);
        var events = Directory.Exists(Path.Combine(SeedFolder, EventsFolder))
            ? Directory.GetFiles(Path.Combine(SeedFolder, EventsFolder), "*.json").Order(StringComparer.Ordinal)
                .Select(f => (File: Path.GetFileName(f), Seed: SeedReader.Read<EventSeed>(f))).ToList()
            : [];
        foreach (var (file, seed) in events)
        {
            EventValidator.Validate(seed, file);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeedRolesAsync(cancellationToken);
        _editedByAdmin = await AdminEditsAsync(cancellationToken);
        await SeedTaxonomyAsync(taxonomy, cancellationToken);
        foreach (var (_, seed) in events)
        {
            await SeedEventAsync(seed, cancellationToken);
        }

        var changes = await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seed applied from {Folder}: {Changes} row(s) changed", SeedFolder, changes);
    }

    public bool LoadDemoContent => options.Value.LoadDemoContent ?? environment.IsDevelopment();

    // Wording an administrator changed in the app wins over the seed file, or a restart would undo it.
    private HashSet<(string EntityType, string EntityId)> _editedByAdmin = [];

    private async Task<HashSet<(string, string)>> AdminEditsAsync(CancellationToken cancellationToken)
    {
        var edits = await db.AuditEntries
            .Where(a => a.Action == AdminEditActions.EventUpdate || a.Action == AdminEditActions.SessionUpdate || a.Action == AdminEditActions.AreaUpdate
                || a.Action == AdminEditActions.EventCreate || a.Action == AdminEditActions.SessionCreate)
            .Select(a => new { a.EntityType, a.EntityId }).Distinct().ToListAsync(cancellationToken);
        return edits.Select(e => (e.EntityType, e.EntityId)).ToHashSet();
    }

    private bool EditedByAdmin(string entityType, int id) =>
        id != 0 && _editedByAdmin.Contains((entityType, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task SeedRolesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name).ToListAsync(cancellationToken);
        foreach (var role in Roles.All.Except(existing))
        {
            db.Roles.Add(new IdentityRole(role!) { NormalizedName = role!.ToUpperInvariant() });
        }
    }

    private async Task SeedTaxonomyAsync(TaxonomySeed seed, CancellationToken cancellationToken)
    {
        var clusters = await db.GcmClusters.ToDictionaryAsync(c => c.Number, cancellationToken);
        foreach (var c in seed.Clusters)
        {
            if (!clusters.TryGetValue(c.Number, out var cluster))
            {
                cluster = new GcmCluster { Number = c.Number, ShortTitle = c.ShortTitle, Title = c.Title };
                db.GcmClusters.Add(cluster);
                clusters[c.Number] = cluster;
            }

            cluster.ShortTitle = c.ShortTitle;
            cluster.Title = c.Title;
            cluster.Translations = Translated(c.Translations, t => new Translation(t.ShortTitle, t.Title));
        }

        var areas = await db.GovernanceAreas.Include(a => a.Clusters).ToDictionaryAsync(a => a.Code, cancellationToken);
        var order = 0;
        foreach (var a in seed.Areas)
        {
            order++;
            if (!areas.TryGetValue(a.Code, out var area))
            {
                area = new GovernanceArea { Code = a.Code, Name = a.Name, Description = a.Description, Order = order };
                db.GovernanceAreas.Add(area);
            }

            if (!EditedByAdmin(nameof(GovernanceArea), area.Id))
            {
                area.Name = a.Name;
                area.Description = a.Description;
                area.Order = order;
                area.Translations = Translated(a.Translations, NameAndDescription);
            }

            var wanted = a.Clusters.Select(n => clusters[n]).ToHashSet();
            area.Clusters.RemoveAll(c => !wanted.Contains(c));
            area.Clusters.AddRange(wanted.Where(c => !area.Clusters.Contains(c)));
        }

        var labels = await db.TaxonomyLabels.ToDictionaryAsync(l => (l.List, l.Code), cancellationToken);
        UpsertLabels<GovernanceLevels>("level", seed.Levels, labels);
        UpsertLabels<ActorGroups>("actor", seed.Actors, labels);
    }

    private void UpsertLabels<TEnum>(string list, IReadOnlyList<LabelSeed> seeds, Dictionary<(string, string), TaxonomyLabel> existing)
        where TEnum : struct, Enum
    {
        var order = 0;
        foreach (var s in seeds)
        {
            order++;
            if (!existing.TryGetValue((list, s.Code), out var label))
            {
                label = new TaxonomyLabel { List = list, Code = s.Code, Name = s.Name };
                db.TaxonomyLabels.Add(label);
            }

            label.Value = Convert.ToInt32(Enum.Parse<TEnum>(s.Code), System.Globalization.CultureInfo.InvariantCulture);
            label.Name = s.Name;
            label.Description = s.Description;
            label.Order = order;
            label.Translations = Translated(s.Translations, NameAndDescription);
        }
    }

    private async Task SeedEventAsync(EventSeed seed, CancellationToken cancellationToken)
    {
        var ev = await db.Events.Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Code == seed.Code, cancellationToken);
        if (ev is null)
        {
            ev = new Event
            {
                Code = seed.Code,
                Name = seed.Name,
                City = seed.City,
                Country = seed.Country,
                TimeZone = seed.TimeZone,
                Hosts = seed.Hosts,
                Partners = seed.Partners,
                Purpose = seed.Purpose,
            };
            db.Events.Add(ev);
        }

        if (!EditedByAdmin(nameof(Event), ev.Id))
        {
            ev.City = seed.City;
            ev.Country = seed.Country;
            ev.StartDate = seed.StartDate;
            ev.EndDate = seed.EndDate;
            ev.TimeZone = seed.TimeZone;
            ev.Name = seed.Name;
            ev.Hosts = seed.Hosts;
            ev.Partners = seed.Partners;
            ev.Purpose = seed.Purpose;
            ev.Description = seed.Description;
            ev.Translations = Translated(seed.Translations, NameAndDescription);
        }

        foreach (var s in seed.Sessions)
        {
            var session = ev.Sessions.SingleOrDefault(x => x.Code == s.Code);
            if (session is null)
            {
                session = new Session { Code = s.Code, Title = s.Title };
                ev.Sessions.Add(session);
            }

            if (EditedByAdmin(nameof(Session), session.Id))
            {
                continue;
            }

            session.Kind = s.Kind;
            session.Title = s.Title;
            session.StartsAt = s.Date.ToDateTime(s.Start);
            session.EndsAt = s.Date.ToDateTime(s.End);
            session.Moderator = s.Moderator;
            session.Organiser = s.Organiser;
            session.Focus = s.Focus;
            session.Room = s.Room;
            session.Translations = Translated(s.Translations, t => new Translation(t.Title, t.Focus));
        }
    }

    private static Translation NameAndDescription(TranslationSeed t) => new(t.Name, t.Description);

    private static Dictionary<string, Translation> Translated<T>(IReadOnlyDictionary<string, T>? translations, Func<T, Translation> map) =>
        translations?.ToDictionary(p => p.Key, p => map(p.Value), StringComparer.Ordinal) ?? [];
}
