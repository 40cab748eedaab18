using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>The status changes an officer may make, shared by the single and the bulk review so both say no the same way.</summary>
public static class ReviewRules
{
    public const int ReasonMaxLength = 1000;

    /// <summary>What the audit log keeps of a recommendation before and after a review.</summary>
    public sealed record Snapshot(
        IReadOnlyList<string> Areas, GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language,
        RecommendationStatus Status, string? RejectionReason, int Version);

    public static Snapshot Snap(Recommendation r) =>
        new(r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList(), r.Levels, r.Actors, r.Language, r.Status, r.RejectionReason, r.Version);

    /// <summary>Null when done, else why not.</summary>
    public static string? Validate(Recommendation r)
    {
        if (CannotReview(r) is { } refusal)
        {
            return refusal;
        }

        r.Status = RecommendationStatus.Validated;
        r.RejectionReason = null;
        return null;
    }

    public static string? Reject(Recommendation r, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Give a reason for rejecting.";
        }

        if (reason.Length > ReasonMaxLength)
        {
            return $"The reason can be at most {ReasonMaxLength} characters.";
        }

        if (CannotReview(r) is { } refusal)
        {
            return refusal;
        }

        r.Status = RecommendationStatus.Rejected;
        r.RejectionReason = reason.Trim();
        return null;
    }

    /// <summary>Null when an officer may validate or reject the recommendation, else why not.</summary>
    private static string? CannotReview(Recommendation r) => r.Status switch
    {
        RecommendationStatus.Draft => $"Recommendation {r.Id} is still a draft: its rapporteur has not submitted it.",
        RecommendationStatus.Merged => $"Recommendation {r.Id} is merged into a key recommendation: remove it from there first.",
        _ => null,
    };

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
