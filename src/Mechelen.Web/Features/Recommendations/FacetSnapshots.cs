using System.Collections.Concurrent;
using Mechelen.Web.Data;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Per event, every recommendation's facet columns held in memory, in the list's order, brought up to date from the database's
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

    /// <summary>
    /// One event's rows at a point of the log: the first <see cref="Count"/> rows of a buffer kept oldest first (creation time,
    /// then id). Snapshots share their buffer: new rows, which nearly always come after the last one, are written past the
    /// end of the newest snapshot's rows, where no older snapshot reads, so a save costs no copy of the event's rows.
    /// </summary>
    public sealed class Snapshot
    {
        private readonly Buffer _buffer;

        internal Snapshot(long seq, long stamp, Buffer buffer, int count, int maxId)
        {
            Seq = seq;
            Stamp = stamp;
            _buffer = buffer;
            Count = count;
            MaxId = maxId;
        }

        /// <summary>The log's last number the rows include.</summary>
        public long Seq { get; }

        /// <summary>The change stamp read before the rows: a reader with this stamp or an older one may use them.</summary>
        public long Stamp { get; }

        public int Count { get; }

        /// <summary>The highest id among the rows: a changed id above it is a new row.</summary>
        internal int MaxId { get; }

        internal Buffer Buffer => _buffer;

        /// <summary>The rows, oldest first.</summary>
        public ReadOnlySpan<RecommendationChanges.FacetRow> Rows => _buffer.Items.AsSpan(0, Count);

        /// <summary>These rows, and the ids a text search found among every event's (null without a text).</summary>
        public Held With(IdSet? matching) => new(this, matching);

        /// <summary>
        /// The ids of one page of the rows the reader may see that match the whole filter, newest first; with a text, only
        /// rows among <paramref name="matching"/> (the ids the text search found).
        /// </summary>
        public IReadOnlyList<int> Page(FacetMatch match, RecommendationScope scope, IdSet? matching, int skip, int take)
        {
            var ids = new List<int>(take);
            var rows = Rows;
            for (var i = rows.Length - 1; i >= 0 && ids.Count < take; i--)
            {
                ref readonly var r = ref rows[i];
                if ((matching is null || matching.Contains(r.Id)) && scope.Sees(r.Status, r.SessionId, r.CapturedById) && match.Missed(r) == 0 && skip-- <= 0)
                {
                    ids.Add(r.Id);
                }
            }

            return ids;
        }
    }

    /// <summary>Rows shared by successive snapshots; <see cref="Length"/> is how many are written (changed under the event's gate).</summary>
    internal sealed class Buffer(RecommendationChanges.FacetRow[] items, int length)
    {
        public RecommendationChanges.FacetRow[] Items { get; } = items;

        public int Length { get; set; } = length;
    }

    /// <summary>A snapshot and, when the filter has a text, the ids the text search found: what the list counts and pages.</summary>
    public sealed record Held(Snapshot Snapshot, IdSet? Matching);

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

            entry.Current = current is null || read.Full ? Build(read.Seq, stamp, read.Rows) : Apply(current, read, stamp);
        }
        finally
        {
            entry.Gate.Release();
        }

        Trim();
        return entry.Current;
    }

    private static Snapshot Build(long seq, long stamp, IEnumerable<RecommendationChanges.FacetRow> rows)
    {
        var items = rows.Order(Oldest.Instance).ToArray();
        return new Snapshot(seq, stamp, new Buffer(items, items.Length), items.Length, items.Length == 0 ? 0 : items.Max(r => r.Id));
    }

    /// <summary>
    /// The snapshot with the log's changes: new rows that come after the last one are appended in place (the buffer grows by
    /// doubling, older snapshots keep the old one); edits that keep rows in their place are written over them (see
    /// <see cref="InPlace"/>); anything else (a row gone or moved, a new row dated earlier, a creation time changed) makes a
    /// new buffer with the changed rows taken out and their new state merged in, in order.
    /// </summary>
    private static Snapshot Apply(Snapshot current, RecommendationChanges.Read read, long stamp)
    {
        if (read.Changed.Count == 0)
        {
            return new Snapshot(read.Seq, stamp, current.Buffer, current.Count, current.MaxId);
        }

        var added = read.Rows.Order(Oldest.Instance).ToArray();
        var rows = current.Rows;
        var maxId = Math.Max(current.MaxId, added.Length == 0 ? 0 : added.Max(r => r.Id));
        var appends = current.Buffer.Length == current.Count && read.Changed.All(id => id > current.MaxId)
            && (added.Length == 0 || rows.Length == 0 || Oldest.Instance.Compare(added[0], rows[^1]) > 0);
        if (appends)
        {
            var buffer = current.Buffer;
            if (buffer.Items.Length < current.Count + added.Length)
            {
                var grown = new RecommendationChanges.FacetRow[Math.Max(1024, (current.Count + added.Length) * 2)];
                rows.CopyTo(grown);
                buffer = new Buffer(grown, current.Count);
            }

            added.CopyTo(buffer.Items, current.Count);
            buffer.Length = current.Count + added.Length;
            return new Snapshot(read.Seq, stamp, buffer, buffer.Length, maxId);
        }

        if (InPlace(current, read, added))
        {
            return new Snapshot(read.Seq, stamp, current.Buffer, current.Count, current.MaxId);
        }

        var merged = new List<RecommendationChanges.FacetRow>(rows.Length + added.Length);
        var next = 0;
        foreach (var row in rows)
        {
            if (read.Changed.Contains(row.Id))
            {
                continue;
            }

            while (next < added.Length && Oldest.Instance.Compare(added[next], row) < 0)
            {
                merged.Add(added[next++]);
            }

            merged.Add(row);
        }

        merged.AddRange(added.AsSpan(next));
        var items = merged.ToArray();
        return new Snapshot(read.Seq, stamp, new Buffer(items, items.Length), items.Length, maxId);
    }

    /// <summary>
    /// Writes the changed rows' new state over their old one in the shared buffer when every change is an edit that keeps the row
    /// in the event and in its place (same creation time: a validation, a tag, a translation, a text edit), found by binary
    /// search in the buffer's order; false, having written nothing, otherwise. Copying a whole event's rows for one edit cost
    /// most of a request (a large-object allocation each time). Older snapshots share the buffer and see the edit too, as a
    /// database read one statement later would: a count never sees a row that does not exist, only its newer state.
    /// </summary>
    private static bool InPlace(Snapshot current, RecommendationChanges.Read read, RecommendationChanges.FacetRow[] changed)
    {
        if (changed.Length != read.Changed.Count)
        {
            return false;
        }

        var items = current.Buffer.Items;
        var at = new int[changed.Length];
        for (var i = 0; i < changed.Length; i++)
        {
            at[i] = Array.BinarySearch(items, 0, current.Count, changed[i], Oldest.Instance);
            if (at[i] < 0)
            {
                return false;
            }
        }

        for (var i = 0; i < changed.Length; i++)
        {
            items[at[i]] = changed[i];
        }

        return true;
    }

    private void Trim()
    {
        while (_events.Count > EventsKept)
        {
            var oldest = _events.MinBy(e => Interlocked.Read(ref e.Value.LastRead));
            _events.TryRemove(oldest.Key, out _);
        }
    }

    /// <summary>The list's order read backwards: creation time, then id (the list shows the last row first).</summary>
    private sealed class Oldest : IComparer<RecommendationChanges.FacetRow>
    {
        public static readonly Oldest Instance = new();

        public int Compare(RecommendationChanges.FacetRow x, RecommendationChanges.FacetRow y)
        {
            var byTime = x.CreatedAt.CompareTo(y.CreatedAt);
            return byTime != 0 ? byTime : x.Id.CompareTo(y.Id);
        }
    }
}
