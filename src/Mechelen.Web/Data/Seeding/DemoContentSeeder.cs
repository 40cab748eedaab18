using System.Security.Cryptography;
using System.Text;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Data.Seeding;

/// <summary>
/// Loads <c>seeds/demo/recommendations.json</c> (Development, or when Seeding:LoadDemoContent is set) so that a
/// first run has something to review and report on. Each demo recommendation is tracked by a key derived
/// from its code, each key recommendation by its wording: loading twice adds nothing, and what users
/// changed since is left alone.
/// </summary>
public sealed class DemoContentSeeder(MechelenDbContext db, Seeder seeder, TimeProvider clock, ILogger<DemoContentSeeder> logger)
{
    public const string DemoFolder = "demo";
    public const string RecommendationsFile = "recommendations.json";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var file = Path.Combine(seeder.SeedFolder, DemoFolder, RecommendationsFile);
        if (!seeder.LoadDemoContent || !File.Exists(file))
        {
            return;
        }

        var seed = SeedReader.Read<DemoSeed>(file);
        var ev = await db.Events.AsNoTracking().Where(e => e.Code == seed.Event)
            .Select(e => new { e.Id, e.TimeZone }).SingleOrDefaultAsync(cancellationToken)
            ?? throw SeedReader.Fail(RecommendationsFile, "$.event", $"expected the code of a seeded event, found '{seed.Event}'");
        var sessions = await db.Sessions.Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Code, cancellationToken);
        var areas = await db.GovernanceAreas.ToDictionaryAsync(a => a.Code, cancellationToken);
        DemoValidator.Validate(seed, sessions.Keys.ToHashSet(), areas.Keys.ToHashSet());

        var keys = seed.Recommendations.ToDictionary(r => r.Code, r => KeyFor(seed.Event, r.Code));
        var wanted = keys.Values.Select(k => (Guid?)k).ToList();
        var existing = await db.Recommendations.Where(r => r.EventId == ev.Id && wanted.Contains(r.IdempotencyKey))
            .ToDictionaryAsync(r => r.IdempotencyKey!.Value, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var byCode = new Dictionary<string, Recommendation>(StringComparer.Ordinal);
        foreach (var r in seed.Recommendations)
        {
            if (existing.TryGetValue(keys[r.Code], out var found))
            {
                byCode[r.Code] = found;
                continue;
            }

            var session = sessions[r.Session];
            var created = EventTime.ToUtc(session.StartsAt.AddMinutes(r.Minute), ev.TimeZone);
            var recommendation = new Recommendation
            {
                EventId = ev.Id,
                SessionId = session.Id,
                Text = r.Text,
                Rationale = r.Rationale,
                Levels = r.Levels.Aggregate(GovernanceLevels.None, (m, l) => m | l),
                Actors = r.Actors.Aggregate(ActorGroups.None, (m, a) => m | a),
                Language = r.Language,
                Status = r.Status,
                StatusBeforeMerge = r.Status == RecommendationStatus.Merged ? RecommendationStatus.Validated : null,
                RejectionReason = r.RejectionReason,
                CapturedByName = r.CapturedBy,
                IdempotencyKey = keys[r.Code],
                CreatedAt = created,
                UpdatedAt = created,
            };
            recommendation.Areas.AddRange(r.Areas.Select(a => areas[a]));
            db.Recommendations.Add(recommendation);
            byCode[r.Code] = recommendation;
        }

        var existingKeys = await db.KeyRecommendations.Where(k => k.EventId == ev.Id).Select(k => new { k.Wording, k.GovernanceAreaId }).ToListAsync(cancellationToken);
        var wordings = existingKeys.Select(k => k.Wording).ToHashSet(StringComparer.Ordinal);
        // Positions count within each area, after the area's key recommendations already there.
        var lastInArea = existingKeys.GroupBy(k => k.GovernanceAreaId).ToDictionary(g => g.Key, g => g.Count());
        foreach (var k in seed.KeyRecommendations)
        {
            if (wordings.Contains(k.Wording))
            {
                continue;
            }

            var areaId = areas[k.Area].Id;
            var order = lastInArea[areaId] = lastInArea.GetValueOrDefault(areaId) + 1;

            var key = new KeyRecommendation
            {
                EventId = ev.Id,
                GovernanceAreaId = areaId,
                Order = order,
                Wording = k.Wording,
                Status = k.Status,
                CreatedByName = "Demo policy officer",
                CreatedAt = now,
                UpdatedAt = now,
            };
            key.Sources.AddRange(k.Sources.Select(code => new KeyRecommendationSource { Recommendation = byCode[code], AddedAt = now }));
            db.KeyRecommendations.Add(key);
        }

        var changes = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo content loaded from {File}: {Changes} row(s) added", file, changes);
    }

    /// <summary>A stable key per demo code, stored in the idempotency column, so the demo set is recognised on the next start.</summary>
    private static Guid KeyFor(string eventCode, string code) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"demo:{eventCode}:{code}")).AsSpan(0, 16));
}
