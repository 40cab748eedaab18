using System.Globalization;
using Mechelen.Reports.Reading;

namespace Mechelen.Reports.Tests;

/// <summary>
/// Report rows made in memory: an event of 20 sessions over 15 governance areas with <c>count</c> validated
/// contributions, every fifth merged (five to a key recommendation), the last key recommendation of each area a draft.
/// Shared with the benchmark, which builds the 10,000-recommendation report from it.
/// </summary>
public static class SampleReportData
{
    private static readonly string[] Words =
        ("cities migrants local governments should guarantee access to services housing employment justice health education " +
         "without discrimination whatever their status and involve migrant organisations in planning budgets and evaluation " +
         "regional national cooperation data evidence firewalls between service providers and immigration enforcement").Split(' ');

    public static ReportData Create(int count, bool final = false, int seed = 7)
    {
        var random = new Random(seed);
        var areas = Enumerable.Range(1, 15).Select(i => new AreaRow(i, $"area{i}", $"Area {i} name", $"What area {i} covers.", [((i - 1) % 6) + 1])).ToList();
        var clusters = Enumerable.Range(1, 6).Select(i => new ClusterRow(i, $"Cluster {i}")).ToList();
        var day = new DateTime(2017, 11, 16, 9, 0, 0);
        var kinds = new[] { "Opening", "GuidedDiscussion", "SideEvent", "ThematicSession", "Plenary" };
        var sessions = Enumerable.Range(1, 20).Select(i => new SessionRow(100 + i, $"Session {i} on the governance of migration in cities",
                kinds[i % kinds.Length], day.AddHours(i), day.AddHours(i + 1), i % 2 == 0 ? $"Moderator {i}" : null, i % 2 == 1 ? $"Organiser {i}" : null, "Room A")
        { Summary = i % 3 == 0 ? null : $"Key issues of session {i}: {Sentence(random, 40)}\n\nWay forward: {Sentence(random, 30)}" })
            .ToList();
        var labels = new List<LabelRow>
        {
            new("level", 1, "Local"), new("level", 2, "Regional (sub-national)"), new("level", 4, "National"),
            new("level", 8, "Regional (supranational)"), new("level", 16, "Global"),
            new("actor", 1, "Local and regional governments"), new("actor", 2, "National governments"),
            new("actor", 4, "International organisations and UN agencies"), new("actor", 8, "Civil society"),
            new("actor", 16, "Migrant and diaspora organisations"), new("actor", 32, "Private sector"),
            new("actor", 64, "Trade unions"), new("actor", 128, "Academia"), new("actor", 256, "All actors"),
        };
        var recommendations = Enumerable.Range(1, count).Select(i => new RecommendationRow(
                i, sessions[i % sessions.Count].Id, Sentence(random, 25 + random.Next(30)), i % 4 == 0 ? Sentence(random, 20) : null,
                1 << random.Next(5), (1 << random.Next(9)) | (i % 7 == 0 ? 2 : 0), (ReportLanguage)(i % 3),
                i % 6 == 0 ? [(i % 15) + 1, ((i + 4) % 15) + 1] : [(i % 15) + 1]))
            .ToList();
        var merged = recommendations.Where(r => r.Id % 5 == 0).ToList();
        var keys = merged.Chunk(5).Select((chunk, i) => new KeyRow(1000 + i, chunk[0].AreaIds[0], $"Key recommendation {i + 1}: {Sentence(random, 18)}", false,
                chunk.Select(r => new SourceRow(r.Id, r.SessionId, r.Levels, r.Actors, r.Rationale)).ToList()))
            .ToList();
        var lastPerArea = keys.GroupBy(k => k.AreaId).Select(g => g.Last().Id).ToHashSet();
        keys = keys.Select(k => lastPerArea.Contains(k.Id) ? k with { IsDraft = true } : k).ToList();
        var captured = recommendations.Select(r => new CapturedRow(r.Id, r.Id % 5 == 0 ? ContributionStatus.Merged : ContributionStatus.Validated,
                r.SessionId, $"rapporteur{r.SessionId % 7}", new DateTime(2017, 11, 16, 8, 0, 0, DateTimeKind.Utc).AddMinutes(r.Id % 600), r.Language))
            .Append(new CapturedRow(count + 1, ContributionStatus.Submitted, sessions[0].Id, "rapporteur1", new DateTime(2017, 11, 17, 8, 0, 0, DateTimeKind.Utc), ReportLanguage.English))
            .ToList();
        return new ReportData
        {
            Event = new EventRow(1, "sample-2017", "Global Conference on Cities and Migration", "Mechelen", "Belgium",
                new DateOnly(2017, 11, 16), new DateOnly(2017, 11, 17), "Europe/Brussels",
                "Government of Belgium; City of Mechelen", "IOM; UN-Habitat; UCLG", "the stocktaking meeting of the Global Compact for Migration",
                final ? new DateTime(2017, 11, 20, 10, 0, 0, DateTimeKind.Utc) : null, final ? "Secretariat" : null)
            {
                Symbol = "GCCM/2017/1",
                DateOfIssue = new DateOnly(2017, 11, 20),
                Disclaimer = "The views expressed are those of the participants and do not necessarily reflect those of the organisers.",
                Foreword = "This report presents the recommendations of the conference's guided discussions.",
            },
            Areas = areas,
            Clusters = clusters,
            Sessions = sessions,
            Labels = labels,
            Captured = captured,
            Recommendations = recommendations,
            KeyRecommendations = keys,
        };
    }

    private static string Sentence(Random random, int words)
    {
        var text = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..] + ".";
    }
}
