using System.Diagnostics;
using System.Globalization;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Benchmarks;

/// <summary>
/// Fills the database with synthetic recommendations spread over sessions, areas, levels, actors, statuses and
/// languages. One in a hundred mentions "integración", the benchmark's search word. With one event (the default)
/// they go to the seeded event's sessions; with more, to that many synthetic events of ten sessions each
/// (codes <c>cycle-001</c>…), in equal shares.
/// </summary>
/// <remarks>
/// A bulk load: the indexes and triggers on the two tables are dropped, rows are inserted with their ids and area
/// masks in one transaction through reused prepared statements, then the indexes are rebuilt, the full-text index
/// is rebuilt once from the table, and the triggers are put back exactly as they were.
/// </remarks>
internal static class Generate
{
    public const string SearchWord = "integracion";

    private static readonly string[] Words =
    [
        "cities", "housing", "access", "services", "newcomers", "employment", "language", "courses", "local", "authorities",
        "funding", "national", "governments", "dialogue", "participation", "data", "evidence", "protection", "children",
        "health", "schools", "skills", "recognition", "qualifications", "labour", "market", "mobility", "regional",
        "cooperation", "networks", "mayors", "civil", "society", "diaspora", "remittances", "climate", "displacement",
        "trafficking", "victims", "justice", "discrimination", "xenophobia", "cohesion", "neighbourhoods", "transport",
    ];

    public static string EventCode(int index) => $"cycle-{index + 1:000}";

    public static async Task<int> RunAsync(BenchApp app, int count, int events)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(20171116);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var areas = await db.GovernanceAreas.Select(a => a.Id).ToListAsync();
        var existing = await db.Recommendations.CountAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF; PRAGMA cache_size = -400000; PRAGMA temp_store = MEMORY;");

        // Sessions grouped by event: the seeded event's, or those of new synthetic events.
        List<(int EventId, int[] Sessions)> targets;
        if (events <= 1)
        {
            targets = (await db.Sessions.Select(s => new { s.Id, s.EventId }).ToListAsync())
                .GroupBy(s => s.EventId).Select(g => (g.Key, g.Select(s => s.Id).ToArray())).Take(1).ToList();
        }
        else
        {
            targets = await CreateEventsAsync(connection, events);
        }

        var nextId = await ScalarAsync(connection, "SELECT coalesce(max(Id), 0) FROM Recommendations") + 1;
        var schema = await DropIndexesAndTriggersAsync(connection);
        try
        {
            await InsertAsync(connection, targets, areas, count, nextId, random);
            Console.WriteLine($"  rows inserted: {watch.Elapsed.TotalSeconds:F1} s");
        }
        finally
        {
            // Put back what was dropped, also when the load failed half-way (its transaction is then rolled back).
            foreach (var sql in schema.Indexes)
            {
                await ExecuteAsync(connection, sql);
            }

            Console.WriteLine($"  indexes rebuilt: {watch.Elapsed.TotalSeconds:F1} s");
            await ExecuteAsync(connection, "INSERT INTO RecommendationsFts(RecommendationsFts) VALUES ('rebuild')");
            Console.WriteLine($"  full-text index rebuilt: {watch.Elapsed.TotalSeconds:F1} s");
            foreach (var sql in schema.Triggers)
            {
                await ExecuteAsync(connection, sql);
            }

            // The rows went in without the tally triggers: count them once.
            await ExecuteAsync(connection, RecommendationTallies.SqliteRebuild);
        }

        await ExecuteAsync(connection, "UPDATE ChangeStamps SET Value = Value + 1; ANALYZE; PRAGMA optimize;");
        Console.WriteLine($"{count:N0} recommendations added over {targets.Count} event(s) ({existing + count:N0} in all) in {watch.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private static async Task InsertAsync(SqliteConnection connection, List<(int EventId, int[] Sessions)> targets, List<int> areas, int count, long nextId, Random random)
    {
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO Recommendations (Id, EventId, SessionId, Text, Rationale, Levels, Actors, Language, Status, CapturedByName, CreatedAt, UpdatedAt, Version, AreaMask)
                VALUES ($id, $event, $session, $text, $rationale, $levels, $actors, $language, $status, 'Synthetic rapporteur', $at, $at, 0, $mask)
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "$id", "$event", "$session", "$text", "$rationale", "$levels", "$actors", "$language", "$status", "$at", "$mask" })
            {
                p[name] = insert.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            await using var tag = connection.CreateCommand();
            tag.Transaction = transaction;
            tag.CommandText = "INSERT INTO RecommendationAreas (RecommendationId, GovernanceAreaId) VALUES ($id, $area)";
            var tagId = tag.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
            var tagArea = tag.Parameters.Add(new SqliteParameter { ParameterName = "$area" });
            insert.Prepare();
            tag.Prepare();

            var languages = Enum.GetNames<RecommendationLanguage>();
            RecommendationStatus[] statuses = [RecommendationStatus.Submitted, RecommendationStatus.Submitted, RecommendationStatus.Validated, RecommendationStatus.Validated, RecommendationStatus.Rejected, RecommendationStatus.Draft];
            var statusNames = statuses.Select(s => s.ToString()).ToArray();
            var start = new DateTime(2017, 11, 16, 9, 0, 0);
            var text = new System.Text.StringBuilder();
            var chosen = new List<int>(2);
            for (var i = 0; i < count; i++)
            {
                var target = targets[(int)((long)i * targets.Count / count)];
                text.Clear();
                var wordCount = 18 + random.Next(20);
                var searchAt = random.Next(100) == 0 ? random.Next(wordCount) : -1;
                for (var w = 0; w < wordCount; w++)
                {
                    if (w == searchAt)
                    {
                        text.Append("integración ");
                    }

                    text.Append(Words[random.Next(Words.Length)]).Append(' ');
                }

                text[0] = char.ToUpperInvariant(text[0]);
                text[^1] = '.';
                chosen.Clear();
                for (var a = 1 + random.Next(2); a > 0; a--)
                {
                    var area = areas[random.Next(areas.Count)];
                    if (!chosen.Contains(area))
                    {
                        chosen.Add(area);
                    }
                }

                var id = nextId + i;
                p["$id"].Value = id;
                p["$event"].Value = target.EventId;
                p["$session"].Value = target.Sessions[random.Next(target.Sessions.Length)];
                p["$text"].Value = text.ToString();
                p["$rationale"].Value = random.Next(3) == 0 ? "Raised by several participants." : DBNull.Value;
                p["$levels"].Value = 1 << random.Next(5) | (random.Next(4) == 0 ? 1 : 0);
                p["$actors"].Value = 1 << random.Next(9);
                p["$language"].Value = languages[random.Next(10) < 7 ? 0 : random.Next(languages.Length)];
                p["$status"].Value = statusNames[random.Next(statusNames.Length)];
                p["$at"].Value = start.AddSeconds(i * 2).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                p["$mask"].Value = GovernanceArea.Mask(chosen);
                await insert.ExecuteNonQueryAsync();
                foreach (var area in chosen)
                {
                    tagId.Value = id;
                    tagArea.Value = area;
                    await tag.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

    }

    private static async Task<List<(int EventId, int[] Sessions)>> CreateEventsAsync(SqliteConnection connection, int events)
    {
        var targets = new List<(int, int[])>();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        for (var e = 0; e < events; e++)
        {
            var day = new DateTime(2018, 1, 8).AddDays(e * 7);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO Events (Code, Name, City, Country, StartDate, EndDate, TimeZone, Hosts, Partners, Purpose)
                VALUES ($code, $name, 'Mechelen', 'Belgium', $day, $day, 'Europe/Brussels', 'Host city', 'Partner', 'a benchmark of a consultation cycle');
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$code", EventCode(e));
            insert.Parameters.AddWithValue("$name", $"Consultation {e + 1}");
            insert.Parameters.AddWithValue("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var eventId = (int)(long)(await insert.ExecuteScalarAsync())!;
            var sessions = new int[10];
            for (var s = 0; s < sessions.Length; s++)
            {
                await using var session = connection.CreateCommand();
                session.Transaction = transaction;
                session.CommandText = """
                    INSERT INTO Sessions (EventId, Code, Title, Kind, StartsAt, EndsAt) VALUES ($event, $code, $title, 'ThematicSession', $start, $end);
                    SELECT last_insert_rowid();
                    """;
                session.Parameters.AddWithValue("$event", eventId);
                session.Parameters.AddWithValue("$code", $"s{s + 1:00}");
                session.Parameters.AddWithValue("$title", $"Session {s + 1}: {Words[s]} and {Words[s + 10]}");
                session.Parameters.AddWithValue("$start", day.AddHours(9 + s).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                session.Parameters.AddWithValue("$end", day.AddHours(9.75 + s).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                sessions[s] = (int)(long)(await session.ExecuteScalarAsync())!;
            }

            targets.Add((eventId, sessions));
        }

        await transaction.CommitAsync();
        return targets;
    }

    /// <summary>Drops the secondary indexes and triggers of the two tables the load writes, and returns their SQL to recreate them.</summary>
    private static async Task<(List<string> Indexes, List<string> Triggers)> DropIndexesAndTriggersAsync(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        var triggers = new List<(string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN ('Recommendations', 'RecommendationAreas')";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                (reader.GetString(0) == "index" ? indexes : triggers).Add((reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        foreach (var (name, _) in triggers)
        {
            await ExecuteAsync(connection, $"DROP TRIGGER \"{name}\"");
        }

        return (indexes.Select(i => i.Sql).ToList(), triggers.Select(t => t.Sql).ToList());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
