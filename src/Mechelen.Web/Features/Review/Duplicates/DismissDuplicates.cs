using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>
/// An officer says a suggested group is not one proposal (dismiss), or that one of its notes does not belong (split).
/// The answer is kept as pairs of notes that differ, in the audit log of the event: the finder never links those two
/// again, whatever else changes, and the log says who decided it and when.
/// </summary>
public static class DismissDuplicates
{
    public const string Action = "DismissDuplicates";
    public const string EntityType = "DuplicateSuggestion";

    public sealed class Form
    {
        public string? Event { get; set; }

        /// <summary>The notes of the group as it was shown.</summary>
        public List<int> Ids { get; set; } = [];

        /// <summary>The note to take out of the group; none dismisses the whole group.</summary>
        public int? Split { get; set; }
    }

    /// <summary>What the audit entry keeps: the pairs now known to differ.</summary>
    public sealed record Decision(IReadOnlyList<int> Ids, int? Split, IReadOnlyList<int[]> Pairs);

    public sealed class Handler(MechelenDbContext db, AuditLog audit, RecommendationScope.Resolver scopes, Taxonomy.TaxonomyReader taxonomies)
    {
        public async Task<IReadOnlyList<Message>> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var ev = (await taxonomies.NamesAsync(cancellationToken)).FindEvent(form.Event);
            var ids = form.Ids.Distinct().ToList();
            if (ev is null || ids.Count < 2 || ids.Count > DuplicateFinder.MaxGroupSize || (form.Split is int s && !ids.Contains(s)))
            {
                return [new Message("This suggestion is no longer shown: reload the page.")];
            }

            var scope = await scopes.GetAsync(cancellationToken);
            var found = await scope.Visible(db.Recommendations.AsNoTracking()).CountAsync(r => r.EventId == ev.Id && ids.Contains(r.Id), cancellationToken);
            if (found != ids.Count)
            {
                return [new Message("This suggestion is no longer shown: reload the page.")];
            }

            var pairs = form.Split is int split
                ? ids.Where(id => id != split).Select(id => DuplicateFinder.Key(split, id)).ToList()
                : ids.SelectMany(a => ids.Where(b => b > a).Select(b => (a, b))).ToList();
            audit.Record(Action, EntityType, ev.Id, null, new Decision(ids.Order().ToList(), form.Split, pairs.Select(p => new[] { p.Item1, p.Item2 }).ToList()));
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
    }

    /// <summary>Every pair of the event officers said differ, and the id of the latest decision (part of the suggestions' cache key).</summary>
    public static async Task<(HashSet<(int, int)> Pairs, long Last)> PairsAsync(MechelenDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var key = eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == EntityType && e.EntityId == key && e.Action == Action)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.After }).ToListAsync(cancellationToken);
        var pairs = new HashSet<(int, int)>();
        foreach (var entry in entries)
        {
            foreach (var pair in AuditLog.FromJson<Decision>(entry.After)?.Pairs ?? [])
            {
                if (pair.Length == 2)
                {
                    pairs.Add(DuplicateFinder.Key(pair[0], pair[1]));
                }
            }
        }

        return (pairs, entries.Count == 0 ? 0 : entries[^1].Id);
    }
}
