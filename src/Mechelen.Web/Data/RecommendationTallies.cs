using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mechelen.Web.Data;

/// <summary>
/// How many recommendations each event holds per status, language and facet value, kept by database triggers on
/// <c>Recommendations</c> (hand-written migration <c>RecommendationTallyTriggers</c>, one per provider) in the same transaction
/// as every write, whoever writes. A facet value is a session id, a levels or actors combination, or an area mask, as stored
/// on the row, so a write touches four tallies; only the session tallies are kept per language (the others have an empty
/// language), which keeps an event's tallies to a few hundred. The list reads them instead of counting an event's rows when
/// nothing but statuses is ticked.
/// </summary>
public static class RecommendationTallies
{
    /// <summary>What a tally counts by, besides event, status and language.</summary>
    public enum Facet
    {
        Session = 1,
        Levels = 2,
        Actors = 3,
        AreaMask = 4,
    }

    /// <summary>One tally: the rows of an event with this status (and language, for sessions; empty otherwise) whose <paramref name="Facet"/> holds <paramref name="Value"/>.</summary>
    public readonly record struct Tally(string Status, string Language, Facet Facet, long Value, int Count);

    /// <summary>A tally as a reader counts it: <paramref name="Language"/> is the row's for session tallies, null for the others.</summary>
    public readonly record struct Counted(RecommendationStatus Status, RecommendationLanguage? Language, Facet Facet, long Value, int Count);

    /// <summary>The table (outside the EF model: only triggers write it).</summary>
    internal const string SqliteCreate = """
        CREATE TABLE RecommendationTallies (
            EventId INTEGER NOT NULL,
            Status TEXT NOT NULL,
            Language TEXT NOT NULL,
            Facet INTEGER NOT NULL,
            Value INTEGER NOT NULL,
            Count INTEGER NOT NULL,
            PRIMARY KEY (EventId, Status, Language, Facet, Value)) WITHOUT ROWID;
        """;

    /// <summary>Counts every recommendation afresh: after the migration, and after a bulk load that ran without the triggers.</summary>
    public const string SqliteRebuild = """
        DELETE FROM RecommendationTallies;
        INSERT INTO RecommendationTallies (EventId, Status, Language, Facet, Value, Count)
        SELECT EventId, Status, Language, 1, SessionId, count(*) FROM Recommendations GROUP BY EventId, Status, Language, SessionId
        UNION ALL SELECT EventId, Status, '', 2, Levels, count(*) FROM Recommendations GROUP BY EventId, Status, Levels
        UNION ALL SELECT EventId, Status, '', 3, Actors, count(*) FROM Recommendations GROUP BY EventId, Status, Actors
        UNION ALL SELECT EventId, Status, '', 4, AreaMask, count(*) FROM Recommendations GROUP BY EventId, Status, AreaMask;
        """;

    // A row's four tallies, added (+1) or taken away (-1); tallies that reach zero are removed.
    private static string SqliteAdd(string row) => $"""
          INSERT INTO RecommendationTallies (EventId, Status, Language, Facet, Value, Count)
          VALUES ({row}.EventId, {row}.Status, {row}.Language, 1, {row}.SessionId, 1), ({row}.EventId, {row}.Status, '', 2, {row}.Levels, 1),
                 ({row}.EventId, {row}.Status, '', 3, {row}.Actors, 1), ({row}.EventId, {row}.Status, '', 4, {row}.AreaMask, 1)
          ON CONFLICT (EventId, Status, Language, Facet, Value) DO UPDATE SET Count = Count + 1;
        """;

    private static string SqliteTakeAway(string row) => $"""
          UPDATE RecommendationTallies SET Count = Count - 1
          WHERE EventId = {row}.EventId AND Status = {row}.Status
            AND ((Facet = 1 AND Language = {row}.Language AND Value = {row}.SessionId) OR (Facet = 2 AND Language = '' AND Value = {row}.Levels)
              OR (Facet = 3 AND Language = '' AND Value = {row}.Actors) OR (Facet = 4 AND Language = '' AND Value = {row}.AreaMask));
          DELETE FROM RecommendationTallies WHERE EventId = {row}.EventId AND Status = {row}.Status AND Count <= 0;
        """;

    /// <summary>The table, its triggers and the first count, for the SQLite migration.</summary>
    internal static IReadOnlyList<string> SqliteUp =>
    [
        SqliteCreate,
        $"""
        CREATE TRIGGER Recommendations_Tallies_ai AFTER INSERT ON Recommendations BEGIN
        {SqliteAdd("new")}
        END;
        """,
        $"""
        CREATE TRIGGER Recommendations_Tallies_ad AFTER DELETE ON Recommendations BEGIN
        {SqliteTakeAway("old")}
        END;
        """,
        // Only when a counted column changes (the area mask changes through the area triggers).
        $"""
        CREATE TRIGGER Recommendations_Tallies_au AFTER UPDATE OF EventId, SessionId, Status, Language, Levels, Actors, AreaMask ON Recommendations
        WHEN old.EventId IS NOT new.EventId OR old.SessionId IS NOT new.SessionId OR old.Status IS NOT new.Status OR old.Language IS NOT new.Language
          OR old.Levels IS NOT new.Levels OR old.Actors IS NOT new.Actors OR old.AreaMask IS NOT new.AreaMask
        BEGIN
        {SqliteTakeAway("old")}
        {SqliteAdd("new")}
        END;
        """,
        SqliteRebuild,
    ];

    internal static IReadOnlyList<string> SqliteDown =>
    [
        "DROP TRIGGER IF EXISTS Recommendations_Tallies_au;",
        "DROP TRIGGER IF EXISTS Recommendations_Tallies_ad;",
        "DROP TRIGGER IF EXISTS Recommendations_Tallies_ai;",
        "DROP TABLE IF EXISTS RecommendationTallies;",
    ];

    private const string SqlServerCount = """
        INSERT INTO RecommendationTallies (EventId, [Status], [Language], Facet, [Value], [Count])
        SELECT EventId, [Status], [Language], 1, SessionId, COUNT(*) FROM Recommendations GROUP BY EventId, [Status], [Language], SessionId
        UNION ALL SELECT EventId, [Status], N'', 2, Levels, COUNT(*) FROM Recommendations GROUP BY EventId, [Status], Levels
        UNION ALL SELECT EventId, [Status], N'', 3, Actors, COUNT(*) FROM Recommendations GROUP BY EventId, [Status], Actors
        UNION ALL SELECT EventId, [Status], N'', 4, AreaMask, COUNT(*) FROM Recommendations GROUP BY EventId, [Status], AreaMask;
        """;

    /// <summary>The table, its trigger and the first count, for the SQL Server migration.</summary>
    internal static IReadOnlyList<string> SqlServerUp =>
    [
        """
        CREATE TABLE RecommendationTallies (
            EventId int NOT NULL,
            [Status] nvarchar(16) NOT NULL,
            [Language] nvarchar(16) NOT NULL,
            Facet int NOT NULL,
            [Value] bigint NOT NULL,
            [Count] int NOT NULL,
            CONSTRAINT PK_RecommendationTallies PRIMARY KEY (EventId, [Status], [Language], Facet, [Value]));
        """,
        // Through EXEC: CREATE TRIGGER must start its batch, and the idempotent script wraps each step in IF NOT EXISTS.
        // One statement for any number of rows: the changes are summed per tally, then merged in.
        """
        EXEC(N'CREATE TRIGGER Recommendations_Tallies ON Recommendations AFTER INSERT, UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM inserted) AND EXISTS (SELECT 1 FROM deleted)
                AND NOT (UPDATE(EventId) OR UPDATE(SessionId) OR UPDATE([Status]) OR UPDATE([Language]) OR UPDATE(Levels) OR UPDATE(Actors) OR UPDATE(AreaMask))
                RETURN;
            WITH changed AS (
                SELECT EventId, [Status], [Language], SessionId, Levels, Actors, AreaMask, 1 AS Delta FROM inserted
                UNION ALL SELECT EventId, [Status], [Language], SessionId, Levels, Actors, AreaMask, -1 FROM deleted),
            changes AS (
                SELECT EventId, [Status], [Language], 1 AS Facet, CAST(SessionId AS bigint) AS [Value], Delta FROM changed
                UNION ALL SELECT EventId, [Status], N'''', 2, CAST(Levels AS bigint), Delta FROM changed
                UNION ALL SELECT EventId, [Status], N'''', 3, CAST(Actors AS bigint), Delta FROM changed
                UNION ALL SELECT EventId, [Status], N'''', 4, AreaMask, Delta FROM changed),
            summed AS (
                SELECT EventId, [Status], [Language], Facet, [Value], SUM(Delta) AS Delta FROM changes
                GROUP BY EventId, [Status], [Language], Facet, [Value] HAVING SUM(Delta) <> 0)
            MERGE RecommendationTallies WITH (HOLDLOCK) AS t
            USING summed AS s ON t.EventId = s.EventId AND t.[Status] = s.[Status] AND t.[Language] = s.[Language] AND t.Facet = s.Facet AND t.[Value] = s.[Value]
            WHEN MATCHED AND t.[Count] + s.Delta <= 0 THEN DELETE
            WHEN MATCHED THEN UPDATE SET [Count] = t.[Count] + s.Delta
            WHEN NOT MATCHED BY TARGET THEN INSERT (EventId, [Status], [Language], Facet, [Value], [Count]) VALUES (s.EventId, s.[Status], s.[Language], s.Facet, s.[Value], s.Delta);
        END')
        """,
        SqlServerCount,
    ];

    internal static IReadOnlyList<string> SqlServerDown =>
    [
        "DROP TRIGGER IF EXISTS Recommendations_Tallies;",
        "DROP TABLE IF EXISTS RecommendationTallies;",
    ];

    /// <summary>Every tally of one event, read through the driver's own reader (EF's materialisation cost more than the query).</summary>
    public static async Task<List<Tally>> OfEventAsync(MechelenDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var tallies = new List<Tally>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "SELECT \"Status\", \"Language\", \"Facet\", \"Value\", \"Count\" FROM \"RecommendationTallies\" WHERE \"EventId\" = @event AND \"Count\" > 0";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@event";
            parameter.Value = eventId;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tallies.Add(new Tally(reader.GetString(0), reader.GetString(1), (Facet)reader.GetInt32(2), reader.GetInt64(3), reader.GetInt32(4)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return tallies;
    }

    /// <summary>
    /// What a reader counts of an event: the tallies of every status but Draft, and <paramref name="authorId"/>'s own drafts, which the
    /// tallies count for everyone and so are read apart, as tallies of their own (a handful, through the author index). No author, no drafts.
    /// </summary>
    public static Task<List<Counted>> CountedAsync(MechelenDbContext db, int eventId, string? authorId, CancellationToken cancellationToken) =>
        CountedAsync(db, eventId, null, authorId, cancellationToken);

    /// <summary>
    /// What a reader counts of one session, by status and language: its session tallies, as <see cref="CountedAsync(MechelenDbContext, int, string?, CancellationToken)"/>
    /// counts them; the author's drafts are looked for within the session only.
    /// </summary>
    public static Task<List<Counted>> OfSessionAsync(MechelenDbContext db, int eventId, int sessionId, string? authorId, CancellationToken cancellationToken) =>
        CountedAsync(db, eventId, sessionId, authorId, cancellationToken);

    private static async Task<List<Counted>> CountedAsync(MechelenDbContext db, int eventId, int? sessionId, string? authorId, CancellationToken cancellationToken)
    {
        var counted = new List<Counted>();
        foreach (var t in await OfEventAsync(db, eventId, cancellationToken))
        {
            if (StoredNames.Statuses.TryGetValue(t.Status, out var status) && status != RecommendationStatus.Draft
                && (sessionId is null || (t.Facet == Facet.Session && t.Value == sessionId)))
            {
                counted.Add(new Counted(status, StoredNames.Languages.TryGetValue(t.Language, out var language) ? language : null, t.Facet, t.Value, t.Count));
            }
        }

        if (authorId is null)
        {
            return counted;
        }

        var drafts = db.Recommendations.AsNoTracking().Where(r => r.CapturedById == authorId && r.EventId == eventId && r.Status == RecommendationStatus.Draft);
        if (sessionId is { } session)
        {
            // Within a session the facet index (event, session, status, ..., author) holds the answer whatever the statistics say of authors.
            drafts = drafts.Where(r => r.SessionId == session);
        }

        var grouped = await drafts
            .GroupBy(r => new { r.Language, r.SessionId, r.Levels, r.Actors, r.AreaMask })
            .Select(g => new { g.Key.Language, g.Key.SessionId, g.Key.Levels, g.Key.Actors, g.Key.AreaMask, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var d in grouped)
        {
            counted.Add(new Counted(RecommendationStatus.Draft, d.Language, Facet.Session, d.SessionId, d.Count));
            if (sessionId is null)
            {
                counted.Add(new Counted(RecommendationStatus.Draft, null, Facet.Levels, (long)d.Levels, d.Count));
                counted.Add(new Counted(RecommendationStatus.Draft, null, Facet.Actors, (long)d.Actors, d.Count));
                counted.Add(new Counted(RecommendationStatus.Draft, null, Facet.AreaMask, d.AreaMask, d.Count));
            }
        }

        return counted;
    }
}
