using System.Globalization;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Benchmarks;

/// <summary>
/// Fills the database with synthetic recommendations spread over the seeded sessions, areas, levels,
/// actors, statuses and languages. One in a hundred mentions "integración", the benchmark's search word.
/// </summary>
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

    public static async Task<int> RunAsync(BenchApp app, int count)
    {
        var random = new Random(20171116);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var sessions = await db.Sessions.Select(s => new { s.Id, s.EventId }).ToListAsync();
        var areas = await db.GovernanceAreas.Select(a => a.Id).ToListAsync();
        var existing = await db.Recommendations.CountAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO Recommendations (EventId, SessionId, Text, Rationale, Levels, Actors, Language, Status, CapturedByName, CreatedAt, UpdatedAt, Version)
            VALUES ($event, $session, $text, $rationale, $levels, $actors, $language, $status, 'Synthetic rapporteur', $at, $at, 0);
            SELECT last_insert_rowid();
            """;
        await using var tag = connection.CreateCommand();
        tag.Transaction = transaction;
        tag.CommandText = "INSERT OR IGNORE INTO RecommendationAreas (RecommendationId, GovernanceAreaId) VALUES ($id, $area)";
        var languages = Enum.GetNames<RecommendationLanguage>();
        RecommendationStatus[] statuses = [RecommendationStatus.Submitted, RecommendationStatus.Submitted, RecommendationStatus.Validated, RecommendationStatus.Validated, RecommendationStatus.Rejected, RecommendationStatus.Draft];
        var start = new DateTime(2017, 11, 16, 9, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var session = sessions[random.Next(sessions.Count)];
            var words = Enumerable.Range(0, 18 + random.Next(20)).Select(_ => Words[random.Next(Words.Length)]).ToList();
            if (random.Next(100) == 0)
            {
                words.Insert(random.Next(words.Count), "integración");
            }

            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$event", session.EventId);
            insert.Parameters.AddWithValue("$session", session.Id);
            insert.Parameters.AddWithValue("$text", char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".");
            insert.Parameters.AddWithValue("$rationale", random.Next(3) == 0 ? "Raised by several participants." : DBNull.Value);
            insert.Parameters.AddWithValue("$levels", 1 << random.Next(5) | (random.Next(4) == 0 ? 1 : 0));
            insert.Parameters.AddWithValue("$actors", 1 << random.Next(9));
            insert.Parameters.AddWithValue("$language", languages[random.Next(10) < 7 ? 0 : random.Next(languages.Length)]);
            insert.Parameters.AddWithValue("$status", statuses[random.Next(statuses.Length)].ToString());
            insert.Parameters.AddWithValue("$at", start.AddSeconds(i * 2).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
            var id = (long)(await insert.ExecuteScalarAsync())!;
            foreach (var area in Enumerable.Range(0, 1 + random.Next(2)).Select(_ => areas[random.Next(areas.Count)]).Distinct())
            {
                tag.Parameters.Clear();
                tag.Parameters.AddWithValue("$id", id);
                tag.Parameters.AddWithValue("$area", area);
                await tag.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE; PRAGMA optimize;";
        await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"{count:N0} recommendations added ({existing + count:N0} in all).");
        return 0;
    }
}
