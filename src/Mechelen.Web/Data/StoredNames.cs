using Mechelen.Web.Domain;

namespace Mechelen.Web.Data;

/// <summary>Statuses and languages as the database stores them (their names), for code that reads rows without EF's conversions.</summary>
public static class StoredNames
{
    public static IReadOnlyDictionary<string, RecommendationStatus> Statuses { get; } = Enum.GetValues<RecommendationStatus>().ToDictionary(v => v.ToString());

    public static IReadOnlyDictionary<string, RecommendationLanguage> Languages { get; } = Enum.GetValues<RecommendationLanguage>().ToDictionary(v => v.ToString());
}
