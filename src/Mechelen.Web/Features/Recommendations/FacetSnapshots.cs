using System.Collections.Concurrent;
using Mechelen.Web.Data;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Per event, every recommendation's facet columns held in memory, newest first, brought up to date from the database's
/// change log (<see cref="RecommendationChanges"/>) when the change stamp moves: a save while officers read costs each
/// instance one small read of what changed, instead of every filter counting the event's rows again. The list counts its
/// facets and picks its page's rows here when there is no text to match. SQLite only (where the log is); elsewhere
/// <see cref="GetAsync"/> answers null and the list asks the database. A few events are kept, the least recently read dropped.
/// </summary>
public sealed class FacetSnapshots
{
    /// <summary>How many events' snapshots an instance keeps.</summary>
    public const int EventsKept = 8;

    private readonly ConcurrentDictionary<int, Entry> _events = new();

    /// <summary>One event's rows at a point of the log, newest first (creation time, then id).</summary>
    public sealed class Snapshot(long seq, long stamp, RecommendationChanges.FacetRow[] rows)
    {
        /// <summary>The log's last number the rows include.</summary>
        public long Seq { get; } = seq;

        /// <summary>The change stamp read before the rows: a reader with this stamp or an older one may use them.</summary>
        public long Stamp { get; } = stamp;

        public IReadOnlyList<RecommendationChanges.FacetRow> Rows => rows;

        /// <summary>These rows, and the ids a text search found among every event's (null without a text).</summary>
        public Held With(IReadOnlySet<int>? matching) => new(this, matching);

        internal RecommendationChanges.FacetRow[] Array => rows;

        /// <summary>
        /// The ids of one page of the rows the reader may see that match the whole filter, newest first; with a text, only
        /// rows among <paramref name="matching"/> (the ids the text search found).
        /// </summary>
        public IReadOnlyList<int> Page(FacetMatch match, RecommendationScope scope, IReadOnlySet<int>? matching, int skip, int take)
        {
            var ids = new List<int>(take);
            foreach (var r in rows)
            {
                if (ids.Count == take)
                {
                    break;
                }

                if ((matching is null || matching.Contains(r.Id)) && scope.Sees(r.Status, r.SessionId, r.CapturedById) && match.Missed(r) == 0 && skip-- <= 0)
                {
                    ids.Add(r.Id);
                }
            }

            return ids;
        }
    }

    /// <summary>A snapshot and, when the filter has a text, the ids the text search found: what the list counts and pages.</summary>
    public sealed record Held(Snapshot Snapshot, IReadOnlySet<int>? Matching);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile Snapshot? Current;

        public long LastRead;
    }

    /// <summary>
    /// The event's rows as of <paramref name="stamp"/> or later (the stamp must have been read before the call), or null on
    /// a database without the change log.
    /// </summary>
    public async Task<Snapshot?> GetAsync(MechelenDbContext db, int eventId, long stamp, CancellationToken cancellationToken)
    {
        var entry = _events.GetOrAdd(eventId, _ => new Entry());
        Interlocked.Exchange(ref entry.LastRead, Environment.TickCount64);
        if (entry.Current is { } current && current.Stamp >= stamp)
        {
            return current;
        }

        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            current = entry.Current;
            if (current is not null && current.Stamp >= stamp)
            {
                return current;
            }

            var read = await RecommendationChanges.ReadAsync(db, eventId, current?.Seq, cancellationToken);
            if (read is null)
            {
                return null;
            }

            entry.Current = current is null || read.Full
                ? new Snapshot(read.Seq, stamp, [.. read.Rows.OrderBy(r => r, Newest.Instance)])
                : new Snapshot(read.Seq, stamp, Apply(current.Array, read));
        }
        finally
        {
            entry.Gate.Release();
        }

        Trim();
        return entry.Current;
    }

    /// <summary>The rows with the changed ones taken out and their new state merged in, in order.</summary>
    private static RecommendationChanges.FacetRow[] Apply(RecommendationChanges.FacetRow[] rows, RecommendationChanges.Read read)
    {
        if (read.Changed.Count == 0)
        {
            return rows;
        }

        var added = read.Rows.OrderBy(r => r, Newest.Instance).ToArray();
        var merged = new List<RecommendationChanges.FacetRow>(rows.Length + added.Length);
        var next = 0;
        foreach (var row in rows)
        {
            if (read.Changed.Contains(row.Id))
            {
                continue;
            }

            while (next < added.Length && Newest.Instance.Compare(added[next], row) < 0)
            {
                merged.Add(added[next++]);
            }

            merged.Add(row);
        }

        merged.AddRange(added.AsSpan(next));
        return [.. merged];
    }

    private void Trim()
    {
        while (_events.Count > EventsKept)
        {
            var oldest = _events.MinBy(e => Interlocked.Read(ref e.Value.LastRead));
            _events.TryRemove(oldest.Key, out _);
        }
    }

    /// <summary>The list's newest-first order: creation time, then id, both descending.</summary>
    private sealed class Newest : IComparer<RecommendationChanges.FacetRow>
    {
        public static readonly Newest Instance = new();

        public int Compare(RecommendationChanges.FacetRow x, RecommendationChanges.FacetRow y)
        {
            var byTime = y.CreatedAt.CompareTo(x.CreatedAt);
            return byTime != 0 ? byTime : y.Id.CompareTo(x.Id);
        }
    }
}
