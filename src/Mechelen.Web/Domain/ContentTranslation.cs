namespace Mechelen.Web.Domain;

/// <summary>
/// A recommendation's text and rationale written by an officer in another of the event's languages. The recommendation
/// keeps its original language and wording; the report shows this translation where it is written in the report's language.
/// </summary>
public sealed class RecommendationTranslation
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public RecommendationLanguage Language { get; set; }
    public required string Text { get; set; }
    public string? Rationale { get; set; }
    public string? TranslatedById { get; set; }
    public required string TranslatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>A key recommendation's wording written in one of the event's languages, by an officer.</summary>
public sealed class KeyRecommendationTranslation
{
    public int Id { get; set; }
    public int KeyRecommendationId { get; set; }
    public RecommendationLanguage Language { get; set; }
    public required string Wording { get; set; }
    public string? TranslatedById { get; set; }
    public required string TranslatedByName { get; set; }
    public DateTime UpdatedAt { get; set; }
}
