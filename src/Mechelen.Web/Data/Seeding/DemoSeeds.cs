using System.Text.Json.Serialization;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;

namespace Mechelen.Web.Data.Seeding;

// Shape of seeds/demo/recommendations.json: demo recommendations and the key recommendations merging them.

public sealed record DemoSeed(
    [property: JsonRequired] string Event,
    [property: JsonRequired] IReadOnlyList<DemoRecommendationSeed> Recommendations,
    [property: JsonRequired] IReadOnlyList<DemoKeyRecommendationSeed> KeyRecommendations);

public sealed record DemoRecommendationSeed(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Session,
    [property: JsonRequired] int Minute,
    [property: JsonRequired] RecommendationLanguage Language,
    [property: JsonRequired] RecommendationStatus Status,
    [property: JsonRequired] IReadOnlyList<string> Areas,
    [property: JsonRequired] IReadOnlyList<GovernanceLevels> Levels,
    [property: JsonRequired] IReadOnlyList<ActorGroups> Actors,
    [property: JsonRequired] string CapturedBy,
    [property: JsonRequired] string Text,
    string? Rationale,
    string? RejectionReason);

public sealed record DemoKeyRecommendationSeed(
    [property: JsonRequired] string Area,
    [property: JsonRequired] KeyRecommendationStatus Status,
    [property: JsonRequired] string Wording,
    [property: JsonRequired] IReadOnlyList<string> Sources);

/// <summary>Checks references between entries and the rules a merge keeps: every Merged recommendation is the source of exactly one key recommendation.</summary>
internal static class DemoValidator
{
    private const string File = DemoContentSeeder.RecommendationsFile;

    public static void Validate(DemoSeed seed, HashSet<string> sessions, HashSet<string> areas)
    {
        TaxonomyValidator.Unique(File, "$.recommendations", seed.Recommendations.Select(r => r.Code));
        var statuses = new Dictionary<string, RecommendationStatus>(StringComparer.Ordinal);
        for (var i = 0; i < seed.Recommendations.Count; i++)
        {
            var r = seed.Recommendations[i];
            var path = $"$.recommendations[{i}]";
            TaxonomyValidator.RequireText(File, $"{path}.code", r.Code);
            TaxonomyValidator.RequireText(File, $"{path}.text", r.Text);
            if (r.Text.Length > RecommendationConfiguration.TextMaxLength)
            {
                throw SeedReader.Fail(File, $"{path}.text", $"expected at most {RecommendationConfiguration.TextMaxLength} characters");
            }

            if (!sessions.Contains(r.Session))
            {
                throw SeedReader.Fail(File, $"{path}.session", $"expected one of {string.Join(", ", sessions.Order())}, found '{r.Session}'");
            }

            if (r.Areas.Count == 0)
            {
                throw SeedReader.Fail(File, $"{path}.areas", "expected at least one governance area code");
            }

            var unknown = r.Areas.FirstOrDefault(a => !areas.Contains(a));
            if (unknown is not null)
            {
                throw SeedReader.Fail(File, $"{path}.areas", $"expected governance area codes, found '{unknown}'");
            }

            if (r.Status == RecommendationStatus.Rejected && string.IsNullOrWhiteSpace(r.RejectionReason))
            {
                throw SeedReader.Fail(File, $"{path}.rejectionReason", "expected a reason for a Rejected recommendation");
            }

            statuses[r.Code] = r.Status;
        }

        var merged = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < seed.KeyRecommendations.Count; i++)
        {
            var k = seed.KeyRecommendations[i];
            var path = $"$.keyRecommendations[{i}]";
            TaxonomyValidator.RequireText(File, $"{path}.wording", k.Wording);
            if (!areas.Contains(k.Area))
            {
                throw SeedReader.Fail(File, $"{path}.area", $"expected a governance area code, found '{k.Area}'");
            }

            if (k.Sources.Count == 0)
            {
                throw SeedReader.Fail(File, $"{path}.sources", "expected at least one recommendation code");
            }

            foreach (var code in k.Sources)
            {
                if (!statuses.TryGetValue(code, out var status) || status != RecommendationStatus.Merged)
                {
                    throw SeedReader.Fail(File, $"{path}.sources", $"expected codes of Merged recommendations, found '{code}'");
                }

                if (!merged.Add(code))
                {
                    throw SeedReader.Fail(File, $"{path}.sources", $"expected each recommendation merged once, found '{code}' again");
                }
            }
        }

        var orphan = statuses.Where(s => s.Value == RecommendationStatus.Merged && !merged.Contains(s.Key)).Select(s => s.Key).FirstOrDefault();
        if (orphan is not null)
        {
            throw SeedReader.Fail(File, "$.recommendations", $"expected Merged recommendation '{orphan}' to be a source of a key recommendation");
        }
    }
}
