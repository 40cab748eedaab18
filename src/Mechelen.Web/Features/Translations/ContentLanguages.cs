using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Translations;

/// <summary>
/// The languages an event's content is written in: its recommendations are translated into them and its report is
/// produced in them. Every event works in the interface's three languages.
/// </summary>
public static class ContentLanguages
{
    public static readonly IReadOnlyList<RecommendationLanguage> All = [RecommendationLanguage.English, RecommendationLanguage.French, RecommendationLanguage.Spanish];

    /// <summary>The two-letter code of a language (<c>fr</c>), null for <see cref="RecommendationLanguage.Other"/>.</summary>
    public static string? Code(RecommendationLanguage language) => language switch
    {
        RecommendationLanguage.English => "en",
        RecommendationLanguage.French => "fr",
        RecommendationLanguage.Spanish => "es",
        _ => null,
    };

    /// <summary>The language of a two-letter code, or null for one that is not an event language.</summary>
    public static RecommendationLanguage? FromCode(string? code) => All.Cast<RecommendationLanguage?>().FirstOrDefault(l => Code(l!.Value) == code);
}
