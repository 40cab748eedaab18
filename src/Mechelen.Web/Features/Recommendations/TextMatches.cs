using System.Collections.Concurrent;
using Mechelen.Web.Data;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// The ids a text search finds, per event and words, brought up to date from the change log instead of searched again after
/// every write: the recommendations logged since (inserted, deleted, moved, their text, rationale or a translation edited)
/// are taken out and searched alone, and those still found put back. A set kept at log number N holds every recommendation
/// whose last change is at or before N; one changed later is searched again at the next request. Without the log (not
/// SQLite), or when the log no longer reaches back to N, the whole search runs.
/// </summary>
public sealed class TextMatches
{
    /// <summary>Searches kept; past this, the oldest is dropped.</summary>
    public const int Kept = 256;

    private sealed record Entry(long Seq, IdSet Ids)
    {
        public long LastRead;
    }

    private readonly ConcurrentDictionary<(int Event, string Words), Entry> _entries = new();

    /// <summary>The ids <paramref name="query"/> finds (the set is shared: never change it).</summary>
    public async Task<IdSet> MatchingAsync(
        MechelenDbContext db, IRecommendationTextSearch search, int eventId, string query, CancellationToken cancellationToken)
    {
        var key = (eventId, string.Join(' ', SearchTerms.Words(query)));
        _entries.TryGetValue(key, out var kept);
        // The log's number is read before any search, so a write between the two is searched again next time.
        if (await RecommendationChanges.ChangedSinceAsync(db, eventId, kept?.Seq, cancellationToken) is not var (seq, changed))
        {
            return IdSet.Of(await search.Matching(query).ToListAsync(cancellationToken));
        }

        if (kept is null || changed is null)
        {
            return Keep(new Entry(seq, IdSet.Of(await search.Matching(query).ToListAsync(cancellationToken))));
        }

        if (changed.Count == 0)
        {
            Interlocked.Exchange(ref kept.LastRead, Environment.TickCount64);
            return kept.Ids;
        }

        var ids = kept.Ids.Copy();
        foreach (var id in changed)
        {
            ids.Remove(id);
        }

        var again = changed.ToList();
        foreach (var id in await search.Matching(query).Where(id => again.Contains(id)).ToListAsync(cancellationToken))
        {
            ids.Add(id);
        }

        return Keep(new Entry(seq, ids));

        IdSet Keep(Entry entry)
        {
            entry.LastRead = Environment.TickCount64;
            _entries.AddOrUpdate(key, entry, (_, old) => old.Seq > entry.Seq ? old : entry);
            while (_entries.Count > Kept)
            {
                _entries.TryRemove(_entries.MinBy(e => Interlocked.Read(ref e.Value.LastRead)).Key, out _);
            }

            return entry.Ids;
        }
    }
}
