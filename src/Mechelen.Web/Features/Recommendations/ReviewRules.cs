using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>What the single and the bulk review share: the audit snapshot and the list's selection. The status rules are the recommendation's own.</summary>
public static class ReviewRules
{
    /// <summary>What the audit log keeps of a recommendation before and after a review.</summary>
    public sealed record Snapshot(
        IReadOnlyList<string> Areas, GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language,
        RecommendationStatus Status, string? RejectionReason, int Version);

    public static Snapshot Snap(Recommendation r) =>
        new(r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList(), r.Levels, r.Actors, r.Language, r.Status, r.RejectionReason, r.Version);

    /// <summary>Parses the list's checkbox values, <c>id:version</c>, so a bulk action can tell what changed since the page was shown.</summary>
    public static Dictionary<int, int> ParseSelection(IEnumerable<string> values)
    {
        var selection = new Dictionary<int, int>();
        foreach (var value in values)
        {
            var parts = value.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var id) && int.TryParse(parts[1], out var version) && id > 0)
            {
                selection[id] = version;
            }
        }

        return selection;
    }
}
