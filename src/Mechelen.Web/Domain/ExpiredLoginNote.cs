namespace Mechelen.Web.Domain;

/// <summary>
/// A capture form that reached the server after its author's sign-in had expired, kept until they sign in
/// again and then put back in their form (never saved for them). At most one per rapporteur and session,
/// and only for a few days.
/// </summary>
public sealed class ExpiredLoginNote
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int SessionId { get; set; }
    public required string Text { get; set; }
    public string? Rationale { get; set; }

    /// <summary>The ticked governance area ids, comma-separated.</summary>
    public string AreaIds { get; set; } = "";
    public GovernanceLevels Levels { get; set; }
    public ActorGroups Actors { get; set; }
    public RecommendationLanguage Language { get; set; }
    public Guid IdempotencyKey { get; set; }
    public DateTime KeptAt { get; set; }
}
