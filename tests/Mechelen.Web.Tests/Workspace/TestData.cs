using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>One recommendation to insert: by default submitted, in the first session, tagged "housing", local level, in English.</summary>
public sealed record Rec(string Text)
{
    public string[] Areas { get; init; } = ["housing"];
    public int SessionIndex { get; init; }
    public GovernanceLevels Levels { get; init; } = GovernanceLevels.Local;
    public ActorGroups Actors { get; init; } = ActorGroups.LocalRegionalGovernments;
    public RecommendationStatus Status { get; init; } = RecommendationStatus.Submitted;
    public RecommendationLanguage Language { get; init; } = RecommendationLanguage.English;
    public string? Rationale { get; init; }
    public string? CapturedById { get; init; }
    public string CapturedByName { get; init; } = "Rapporteur One";
}

public static class TestData
{
    /// <summary>A word no other test uses, so a test can search for exactly its own rows.</summary>
    public static string Token() => "tok" + Guid.NewGuid().ToString("N")[..10].Replace('-', 'x');

    public static async Task<int[]> AddAsync(this MechelenAppFactory factory, params Rec[] recs) =>
        await factory.WithDbAsync(async db =>
        {
            var sessions = await db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync();
            var areas = await db.GovernanceAreas.ToListAsync();
            var now = DateTime.UtcNow;
            var added = recs.Select((spec, i) =>
            {
                var session = sessions[spec.SessionIndex];
                var r = new Recommendation
                {
                    EventId = session.EventId,
                    SessionId = session.Id,
                    Text = spec.Text,
                    Rationale = spec.Rationale,
                    Levels = spec.Levels,
                    Actors = spec.Actors,
                    Status = spec.Status,
                    Language = spec.Language,
                    CapturedById = spec.CapturedById,
                    CapturedByName = spec.CapturedByName,
                    CreatedAt = now.AddSeconds(i),
                    UpdatedAt = now.AddSeconds(i),
                };
                r.Areas.AddRange(areas.Where(a => spec.Areas.Contains(a.Code)));
                return r;
            }).ToList();
            db.Recommendations.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(r => r.Id).ToArray();
        });

    /// <summary>Session ids in the order <see cref="Rec.SessionIndex"/> counts them: by start, then id.</summary>
    public static Task<List<int>> SessionsByStartAsync(this MechelenAppFactory factory) =>
        factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync());

    /// <summary>Parses RFC 4180 CSV (quoted fields with doubled quotes and line breaks).</summary>
    public static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
