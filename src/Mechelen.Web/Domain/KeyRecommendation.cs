namespace Mechelen.Web.Domain;

/// <summary>The synthesis: one consolidated wording standing for several raw recommendations.</summary>
public sealed class KeyRecommendation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int GovernanceAreaId { get; set; }
    public GovernanceArea GovernanceArea { get; set; } = null!;
    public int Order { get; set; }
    public required string Wording { get; set; }
    public KeyRecommendationStatus Status { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<KeyRecommendationSource> Sources { get; } = [];

    /// <summary>The wording written in each of the event's languages, beside the wording as first written.</summary>
    public List<KeyRecommendationTranslation> Translations { get; } = [];
}

/// <summary>The link between a key recommendation and one raw recommendation it consolidates.</summary>
public sealed class KeyRecommendationSource
{
    public int KeyRecommendationId { get; set; }
    public KeyRecommendation KeyRecommendation { get; set; } = null!;
    public int RecommendationId { get; set; }
    public Recommendation Recommendation { get; set; } = null!;
    public DateTime AddedAt { get; set; }
}
