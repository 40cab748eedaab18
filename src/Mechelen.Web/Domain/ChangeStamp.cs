namespace Mechelen.Web.Domain;

/// <summary>
/// A counter bumped whenever recommendations or the taxonomy change. Caches of derived figures (facet
/// counts) are keyed by it, so every instance behind a load balancer sees a change at its next request.
/// </summary>
public sealed class ChangeStamp
{
    public const string Recommendations = "recommendations";

    public required string Scope { get; set; }
    public long Value { get; set; }
}
