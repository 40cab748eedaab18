using System.Globalization;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Auditing;

/// <summary>One audit entry as a history shows it: who, when, what they did, and what changed, in words.</summary>
public sealed record HistoryItem(
    long Id, DateTime At, string When, string UserName, string Action, string EntityType, string EntityId,
    HistoryItem.Shape Kind, IReadOnlyList<HistoryChanges.Change> Changes, IReadOnlyList<string> Unreadable)
{
    public enum Shape
    {
        /// <summary>Values before and after: the changed fields.</summary>
        Change,

        /// <summary>Only values after: the entity's first values.</summary>
        Creation,

        /// <summary>Only values before: the entity's last values.</summary>
        Removal,

        /// <summary>No values kept (a password reset).</summary>
        Event,
    }
}

/// <summary>A history to show: its entries, and the time zone of their times (UTC when null).</summary>
public sealed record HistoryList(IReadOnlyList<HistoryItem> Items, string? TimeZone, bool ShowEntity = false);

/// <summary>Reads audit entries into <see cref="HistoryItem"/>s in the page's culture and, where it has one, the event's time zone.</summary>
public sealed class HistoryPresenter(MechelenDbContext db, IStringLocalizer<SharedResource> localizer, Formats formats, TaxonomyReader taxonomies)
{
    /// <summary>The history of one entity, oldest first.</summary>
    public async Task<IReadOnlyList<HistoryItem>> OfAsync(string entityType, object entityId, string? timeZone, CancellationToken cancellationToken)
    {
        var key = Convert.ToString(entityId, CultureInfo.InvariantCulture) ?? "";
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return await PresentAsync(entries, timeZone, cancellationToken);
    }

    /// <summary>Entries in the order given; times in <paramref name="timeZone"/>, or in UTC when it is null.</summary>
    public async Task<IReadOnlyList<HistoryItem>> PresentAsync(IReadOnlyList<AuditEntry> entries, string? timeZone, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var read = entries.Select(e => (Entry: e, Before: HistoryChanges.Parse(e.Before), After: HistoryChanges.Parse(e.After))).ToList();
        var names = await taxonomies.NamesAsync(cancellationToken);
        var sessionIds = read.SelectMany(r => HistoryChanges.SessionIds(r.Before).Concat(HistoryChanges.SessionIds(r.After))).Distinct();
        var sessions = sessionIds.Select(names.FindSession).OfType<TaxonomyNames.Session>().ToDictionary(s => s.Id, s => s.Title);
        var areas = names.Areas.ToDictionary(a => a.Code, a => a.Name);
        var words = new HistoryVocabulary(
            Localize,
            areas,
            names.Levels.ToDictionary(l => (GovernanceLevels)l.Value, l => l.Name),
            names.Actors.ToDictionary(a => (ActorGroups)a.Value, a => a.Name),
            sessions,
            at => formats.Timestamp(at),
            timeZone);
        return read.Select(r => new HistoryItem(
                r.Entry.Id, r.Entry.At, words.When(r.Entry.At), r.Entry.UserName,
                AuditLabels.ActionKey(r.Entry.Action) is { } action ? Localize(action) ?? r.Entry.Action : r.Entry.Action,
                r.Entry.EntityType, r.Entry.EntityId,
                (r.Before, r.After) switch
                {
                    (null, null) => HistoryItem.Shape.Event,
                    (null, _) => HistoryItem.Shape.Creation,
                    (_, null) => HistoryItem.Shape.Removal,
                    _ => HistoryItem.Shape.Change,
                },
                HistoryChanges.Compute(r.Before, r.After, words),
                new[] { r.Before?.Unreadable, r.After?.Unreadable }.OfType<string>().ToList()))
            .ToList();
    }

    private string? Localize(string key) => localizer[key] is { ResourceNotFound: false } found ? found.Value : null;
}
