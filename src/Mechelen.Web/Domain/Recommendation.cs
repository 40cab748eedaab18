namespace Mechelen.Web.Domain;

/// <summary>A raw contribution captured in a session. Never deleted: merging and rejecting change its status (see Recommendation.Lifecycle.cs).</summary>
public sealed partial class Recommendation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int SessionId { get; set; }
    public Session Session { get; set; } = null!;

    public required string Text { get; set; }
    public string? Rationale { get; set; }
    public GovernanceLevels Levels { get; set; }
    public ActorGroups Actors { get; set; }
    public RecommendationLanguage Language { get; set; }
    public RecommendationStatus Status { get; set; } = RecommendationStatus.Submitted;

    /// <summary>The status a merge replaced, so that un-merging restores it.</summary>
    public RecommendationStatus? StatusBeforeMerge { get; set; }
    public string? RejectionReason { get; set; }

    public string? CapturedById { get; set; }
    public required string CapturedByName { get; set; }

    /// <summary>Client-generated key of the capture form, so a retried POST does not create a duplicate.</summary>
    public Guid? IdempotencyKey { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every save (works the same on SQLite and SQL Server).</summary>
    public int Version { get; set; }

    /// <summary>
    /// One bit per governance area (<see cref="GovernanceArea.Bit"/>), kept by the database from the area rows
    /// (triggers on RecommendationAreas) and never written by the app: area and cluster filters and counts read
    /// it instead of joining the area table.
    /// </summary>
    public long AreaMask { get; private set; }

    public List<GovernanceArea> Areas { get; } = [];
    public List<KeyRecommendationSource> KeySources { get; } = [];

    /// <summary>Officers' translations into the event's other languages; the text above stays the original.</summary>
    public List<RecommendationTranslation> Translations { get; } = [];
}

/// <summary>Join row between a recommendation and one of its governance areas.</summary>
public sealed class RecommendationArea
{
    public int RecommendationId { get; set; }
    public int GovernanceAreaId { get; set; }
}
