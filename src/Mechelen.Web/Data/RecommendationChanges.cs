using System.Data;
using Mechelen.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Data;

/// <summary>
/// On SQLite, a log of which recommendations changed in a way the list's facets or its text search see (inserted,
/// deleted, or a change of event, session, status, language, levels, actors, areas, author, creation time, translation
/// languages, or of the text or rationale of the original or a translation), written by triggers in the same transaction
/// as the write (hand-written migrations <c>RecommendationChangeLog</c> and <c>RecommendationTextChangeLog</c>), whoever writes.
/// SQLite has one writer at a time, so the log's sequence numbers follow the order of commits: a reader that has seen
/// every change up to number N and reads the entries after N, in one read transaction with the rows, misses none. The
/// log keeps its last 100,000 entries; a reader further behind reads the event again in full.
/// </summary>
public static class RecommendationChanges
{
    /// <summary>A recommendation's facet columns, as the list filters and counts them.</summary>
    /// <param name="Translated">The languages it has a translation into, one bit per <see cref="RecommendationLanguage"/> (<see cref="Bit"/>).</param>
    public readonly record struct FacetRow(
        int Id, int SessionId, RecommendationStatus Status, RecommendationLanguage Language, GovernanceLevels Levels, ActorGroups Actors,
        long AreaMask, string? CapturedById, DateTime CreatedAt, int Translated);

    /// <summary>What a read found: the log's last number, and the rows (all of the event's, or those changed after the number asked for).</summary>
    /// <param name="Full">True when <paramref name="Rows"/> are all of the event's rows.</param>
    /// <param name="Changed">The ids logged as changed (some may be gone: those were deleted or moved to another event).</param>
    public sealed record Read(long Seq, bool Full, IReadOnlyList<FacetRow> Rows, IReadOnlySet<int> Changed);

    /// <summary>A language's bit in <see cref="FacetRow.Translated"/>.</summary>
    public static int Bit(RecommendationLanguage language) => 1 << (int)language;


    // The log keeps its last 100,000 entries.
    private const string Prune = "DELETE FROM RecommendationChanges WHERE Seq <= (SELECT max(Seq) FROM RecommendationChanges) - 100000;";

    // A recommendation's translation languages change: log the recommendation under its event.
    private static string LogTranslation(string row) => $"""
          INSERT INTO RecommendationChanges (EventId, RecommendationId) SELECT EventId, Id FROM Recommendations WHERE Id = {row}.RecommendationId;
          {Prune}
        """;

    /// <summary>The table and its triggers, for the SQLite migration.</summary>
    internal static IReadOnlyList<string> SqliteUp =>
    [
        """
        CREATE TABLE RecommendationChanges (
            Seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            EventId INTEGER NOT NULL,
            RecommendationId INTEGER NOT NULL);
        """,
        $"""
        CREATE TRIGGER Recommendations_Changes_ai AFTER INSERT ON Recommendations BEGIN
          INSERT INTO RecommendationChanges (EventId, RecommendationId) VALUES (new.EventId, new.Id);
          {Prune}
        END;
        """,
        $"""
        CREATE TRIGGER Recommendations_Changes_ad AFTER DELETE ON Recommendations BEGIN
          INSERT INTO RecommendationChanges (EventId, RecommendationId) VALUES (old.EventId, old.Id);
          {Prune}
        END;
        """,
        $"""
        CREATE TRIGGER Recommendations_Changes_au AFTER UPDATE OF EventId, SessionId, Status, Language, Levels, Actors, AreaMask, CapturedById, CreatedAt ON Recommendations
        WHEN old.EventId IS NOT new.EventId OR old.SessionId IS NOT new.SessionId OR old.Status IS NOT new.Status OR old.Language IS NOT new.Language
          OR old.Levels IS NOT new.Levels OR old.Actors IS NOT new.Actors OR old.AreaMask IS NOT new.AreaMask
          OR old.CapturedById IS NOT new.CapturedById OR old.CreatedAt IS NOT new.CreatedAt
        BEGIN
          INSERT INTO RecommendationChanges (EventId, RecommendationId) SELECT old.EventId, old.Id UNION SELECT new.EventId, new.Id;
          {Prune}
        END;
        """,
        $"""
        CREATE TRIGGER RecommendationTranslations_Changes_ai AFTER INSERT ON RecommendationTranslations BEGIN
        {LogTranslation("new")}
        END;
        """,
        $"""
        CREATE TRIGGER RecommendationTranslations_Changes_ad AFTER DELETE ON RecommendationTranslations BEGIN
        {LogTranslation("old")}
        END;
        """,
        $"""
        CREATE TRIGGER RecommendationTranslations_Changes_au AFTER UPDATE OF RecommendationId, Language ON RecommendationTranslations
        WHEN old.RecommendationId IS NOT new.RecommendationId OR old.Language IS NOT new.Language
        BEGIN
        {LogTranslation("old")}
        {LogTranslation("new")}
        END;
        """,
    ];

    /// <summary>The triggers that log edits of the searched text, for the SQLite migration after the log's.</summary>
    internal static IReadOnlyList<string> SqliteTextUp =>
    [
        $"""
        CREATE TRIGGER Recommendations_TextChanges_au AFTER UPDATE OF Text, Rationale ON Recommendations
        WHEN old.Text IS NOT new.Text OR old.Rationale IS NOT new.Rationale
        BEGIN
          INSERT INTO RecommendationChanges (EventId, RecommendationId) VALUES (new.EventId, new.Id);
          {Prune}
        END;
        """,
        $"""
        CREATE TRIGGER RecommendationTranslations_TextChanges_au AFTER UPDATE OF Text, Rationale ON RecommendationTranslations
        WHEN old.Text IS NOT new.Text OR old.Rationale IS NOT new.Rationale
        BEGIN
        {LogTranslation("new")}
        END;
        """,
    ];

    internal static IReadOnlyList<string> SqliteTextDown =>
    [
        "DROP TRIGGER IF EXISTS RecommendationTranslations_TextChanges_au;",
        "DROP TRIGGER IF EXISTS Recommendations_TextChanges_au;",
    ];

    internal static IReadOnlyList<string> SqliteDown =>
    [
        "DROP TRIGGER IF EXISTS RecommendationTranslations_Changes_au;",
        "DROP TRIGGER IF EXISTS RecommendationTranslations_Changes_ad;",
        "DROP TRIGGER IF EXISTS RecommendationTranslations_Changes_ai;",
        "DROP TRIGGER IF EXISTS Recommendations_Changes_au;",
        "DROP TRIGGER IF EXISTS Recommendations_Changes_ad;",
        "DROP TRIGGER IF EXISTS Recommendations_Changes_ai;",
        "DROP TABLE IF EXISTS RecommendationChanges;",
    ];

    /// <summary>
    /// In one read transaction: the log's last number and the event's rows, all of them when <paramref name="after"/> is null
    /// or older than the log keeps, else those logged after it. Null on a database without the log (not SQLite).
    /// </summary>
    public static Task<Read?> ReadAsync(MechelenDbContext db, int eventId, long? after, CancellationToken cancellationToken) =>
        InReadTransactionAsync(db, async (connection, transaction) =>
        {
            var (last, first) = await BoundsAsync(connection, transaction, cancellationToken);
            var full = Pruned(after, first);
            var changed = new HashSet<int>();
            var rows = new List<FacetRow>();
            const string Columns = "r.Id, r.SessionId, r.Status, r.Language, r.Levels, r.Actors, r.AreaMask, r.CapturedById, r.CreatedAt";
            string rowsSql, translationsSql;
            if (full)
            {
                rowsSql = $"SELECT {Columns} FROM Recommendations AS r WHERE r.EventId = @event";
                translationsSql = "SELECT t.RecommendationId, t.Language FROM RecommendationTranslations AS t JOIN Recommendations AS r ON r.Id = t.RecommendationId WHERE r.EventId = @event";
            }
            else
            {
                changed = await ChangedAsync(connection, transaction, eventId, after!.Value, cancellationToken);
                if (changed.Count == 0)
                {
                    return new Read(last, false, [], changed);
                }

                rowsSql = $"SELECT {Columns} FROM Recommendations AS r WHERE r.EventId = @event AND r.Id IN ({Changed})";
                translationsSql = $"SELECT t.RecommendationId, t.Language FROM RecommendationTranslations AS t WHERE t.RecommendationId IN ({Changed})";
            }

            var translated = new Dictionary<int, int>();
            await using (var command = Command(connection, transaction, translationsSql, eventId, after ?? 0))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (StoredNames.Languages.TryGetValue(reader.GetString(1), out var language))
                    {
                        translated[reader.GetInt32(0)] = translated.GetValueOrDefault(reader.GetInt32(0)) | Bit(language);
                    }
                }
            }

            await using (var command = Command(connection, transaction, rowsSql, eventId, after ?? 0))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetInt32(0);
                    rows.Add(new FacetRow(
                        id, reader.GetInt32(1), StoredNames.Statuses[reader.GetString(2)], StoredNames.Languages[reader.GetString(3)],
                        (GovernanceLevels)reader.GetInt32(4), (ActorGroups)reader.GetInt32(5), reader.GetInt64(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetDateTime(8), translated.GetValueOrDefault(id)));
                }
            }

            return new Read(last, full, rows, changed);
        }, cancellationToken);

    /// <summary>The log's last number and the event's recommendations logged after it (null: read them all; see <see cref="ChangedSinceAsync"/>).</summary>
    public sealed record Since(long Seq, IReadOnlySet<int>? Changed);

    /// <summary>
    /// The log's last number and the event's recommendations logged after <paramref name="after"/>, in one read transaction;
    /// null changes when <paramref name="after"/> is null or the log no longer keeps every entry after it, and null on a
    /// database without the log.
    /// </summary>
    public static Task<Since?> ChangedSinceAsync(MechelenDbContext db, int eventId, long? after, CancellationToken cancellationToken) =>
        InReadTransactionAsync(db, async (connection, transaction) =>
        {
            var (last, first) = await BoundsAsync(connection, transaction, cancellationToken);
            return new Since(last, Pruned(after, first) ? null : await ChangedAsync(connection, transaction, eventId, after!.Value, cancellationToken));
        }, cancellationToken);

    /// <summary>
    /// <paramref name="read"/> in one read transaction on the context's connection (deferred: it starts at the first read and
    /// takes no write lock); null on a database without the log (not SQLite).
    /// </summary>
    private static async Task<T?> InReadTransactionAsync<T>(
        MechelenDbContext db, Func<SqliteConnection, SqliteTransaction, Task<T>> read, CancellationToken cancellationToken) where T : class
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: true);
            var result = await read(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string Changed = "SELECT DISTINCT RecommendationId FROM RecommendationChanges WHERE Seq > @after AND EventId = @event";

    // Entries after `after` were pruned when the first kept one is further on than the next.
    private static bool Pruned(long? after, long first) => after is null || first > after + 1;

    private static async Task<(long Last, long First)> BoundsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT coalesce(max(Seq), 0), coalesce(min(Seq), 0) FROM RecommendationChanges", 0, 0);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt64(1)) : (0, 0);
    }

    private static async Task<HashSet<int>> ChangedAsync(SqliteConnection connection, SqliteTransaction transaction, int eventId, long after, CancellationToken cancellationToken)
    {
        var changed = new HashSet<int>();
        await using var command = Command(connection, transaction, Changed, eventId, after);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(reader.GetInt32(0));
        }

        return changed;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, int eventId, long after)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@event", eventId);
        command.Parameters.AddWithValue("@after", after);
        return command;
    }
}
