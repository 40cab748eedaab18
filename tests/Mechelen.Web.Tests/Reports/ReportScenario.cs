using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Mechelen.Web.Tests.Reports;

/// <summary>
/// A known data set on the seeded Mechelen event: nine reported recommendations (five merged into four key
/// recommendations, one of them a draft), one submitted, one rejected and one draft that must never show.
/// </summary>
public sealed partial class ReportScenario : IAsyncLifetime
{
    public const string EventCode = "mechelen-2017";

    public ReportScenario()
        : this(new MechelenAppFactory())
    {
    }

    /// <summary>The scenario on an app with its own settings (a class fixture has one public constructor, so this one is internal).</summary>
    internal ReportScenario(MechelenAppFactory factory) => Factory = factory;

    public MechelenAppFactory Factory { get; }

    public Dictionary<string, int> Ids { get; } = [];

    public static readonly (string Key, RecommendationStatus Status, string Session, string[] Areas, RecommendationLanguage Language, string By, string Text)[] Rows =
    [
        ("r1", RecommendationStatus.Validated, "gd-gcm-key-elements", ["services", "housing"], RecommendationLanguage.English, "Rapporteur A", "Open clinics to every resident of the city"),
        ("r2", RecommendationStatus.Validated, "side-right-to-city", ["housing"], RecommendationLanguage.French, "Rapporteur B", "Des logements sociaux dans chaque quartier"),
        ("r3", RecommendationStatus.Merged, "human-rights-of-migrants", ["services"], RecommendationLanguage.English, "Rapporteur C", "Enrol every child in the nearest school"),
        ("r4", RecommendationStatus.Merged, "side-right-to-city", ["services"], RecommendationLanguage.Spanish, "Rapporteur B", "Escuela para todos los niños sin excepción"),
        ("r5", RecommendationStatus.Merged, "gd-gcm-key-elements", ["services", "data"], RecommendationLanguage.English, "Rapporteur A", "Count service users by district each year"),
        ("r6", RecommendationStatus.Merged, "human-rights-of-migrants", ["justice"], RecommendationLanguage.English, "Rapporteur C", "Let victims report abuse without fear"),
        ("r7", RecommendationStatus.Merged, "gd-nua-implementation", ["housing"], RecommendationLanguage.English, "Rapporteur D", "Spread reception centres across the city"),
        ("r8", RecommendationStatus.Validated, "gd-nua-implementation", ["protection", "justice"], RecommendationLanguage.English, "Rapporteur D", "Never detain children for migration reasons"),
        ("r9", RecommendationStatus.Validated, "gd-nua-implementation", ["data"], RecommendationLanguage.Spanish, "Rapporteur D", "Publicar datos municipales cada trimestre"),
        ("r10", RecommendationStatus.Submitted, "gd-gcm-key-elements", ["services"], RecommendationLanguage.English, "Rapporteur A", "Pending idea about bus passes for newcomers"),
        ("r11", RecommendationStatus.Rejected, "side-right-to-city", ["housing"], RecommendationLanguage.English, "Rapporteur B", "Rejected remark about the coffee break"),
        ("r12", RecommendationStatus.Draft, "human-rights-of-migrants", ["services"], RecommendationLanguage.English, "Rapporteur C", "Unfinished draft about library cards"),
    ];

    /// <summary>Key recommendations: area, order, status, wording, sources. Services is area 1, housing 3, justice 4.</summary>
    public static readonly (string Area, int Order, KeyRecommendationStatus Status, string Wording, string[] Sources)[] Keys =
    [
        ("services", 1, KeyRecommendationStatus.Final, "Schooling for every child whatever the papers", ["r3", "r4"]),
        ("services", 2, KeyRecommendationStatus.Final, "Measure who uses city services", ["r5"]),
        ("justice", 1, KeyRecommendationStatus.Final, "Firewalls between police and immigration", ["r6"]),
        ("housing", 1, KeyRecommendationStatus.Draft, "Spread housing for newcomers citywide", ["r7"]),
    ];

    public static IEnumerable<string> Reported => Rows.Where(r => r.Status is RecommendationStatus.Validated or RecommendationStatus.Merged).Select(r => r.Key);

    public async Task InitializeAsync()
    {
        await Factory.WithDbAsync(async db =>
        {
            var ev = await db.Events.SingleAsync(e => e.Code == EventCode);
            var sessions = await db.Sessions.Where(s => s.EventId == ev.Id).ToDictionaryAsync(s => s.Code);
            var areas = await db.GovernanceAreas.ToDictionaryAsync(a => a.Code);
            var created = new Dictionary<string, Recommendation>();
            var at = new DateTime(2017, 11, 16, 10, 0, 0, DateTimeKind.Utc);
            foreach (var row in Rows)
            {
                var r = new Recommendation
                {
                    EventId = ev.Id,
                    SessionId = sessions[row.Session].Id,
                    Text = row.Text,
                    Status = row.Status,
                    Language = row.Language,
                    Levels = GovernanceLevels.Local | GovernanceLevels.National,
                    Actors = ActorGroups.LocalRegionalGovernments,
                    CapturedByName = row.By,
                    CreatedAt = at,
                    UpdatedAt = at,
                };
                at = at.AddMinutes(7);
                r.Areas.AddRange(row.Areas.Select(a => areas[a]));
                db.Recommendations.Add(r);
                created[row.Key] = r;
            }

            foreach (var k in Keys)
            {
                var key = new KeyRecommendation
                {
                    EventId = ev.Id,
                    GovernanceAreaId = areas[k.Area].Id,
                    Order = k.Order,
                    Status = k.Status,
                    Wording = k.Wording,
                    CreatedByName = "officer",
                    CreatedAt = at,
                    UpdatedAt = at,
                };
                key.Sources.AddRange(k.Sources.Select(s => new KeyRecommendationSource { Recommendation = created[s], AddedAt = at }));
                db.KeyRecommendations.Add(key);
            }

            await db.SaveChangesAsync();
            foreach (var (key, r) in created)
            {
                Ids[key] = r.Id;
            }

            return 0;
        });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public static string Squash(string s) => Whitespace().Replace(s, string.Empty);

    /// <summary>Each page's text without whitespace, so wrapped lines still match.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Squash(p.Text)).ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
