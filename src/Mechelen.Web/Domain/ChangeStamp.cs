namespace Mechelen.Web.Domain;

/// <summary>
/// A counter bumped whenever recommendations or the taxonomy change. Caches of derived figures (facet
/// counts) are keyed by it, so every instance behind a load balancer sees a change at its next request.
/// </summary>
public sealed class ChangeStamp
{
    /// <summary>Bumped by every change to recommendations and to the taxonomy (names label and group them).</summary>
    public const string Recommendations = "recommendations";

    /// <summary>Bumped, besides <see cref="Recommendations"/>, by changes to the taxonomy and the programme alone: the names stay
    /// cached while notes are saved.</summary>
    public const string Taxonomy = "taxonomy";

    public required string Scope { get; set; }
    public long Value { get; set; }
}
