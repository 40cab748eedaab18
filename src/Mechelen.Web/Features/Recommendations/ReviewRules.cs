using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

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
    public static Message? Validate(Recommendation r)
    {
        if (CannotReview(r) is { } refusal)
        {
            return refusal;
        }

        r.Status = RecommendationStatus.Validated;
        r.RejectionReason = null;
        return null;
    }

    public static Message? Reject(Recommendation r, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Message("Give a reason for rejecting.");
        }

        if (reason.Length > ReasonMaxLength)
        {
            return new Message("The reason can be at most {0:N0} characters.", ReasonMaxLength);
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
    private static Message? CannotReview(Recommendation r) => r.Status switch
    {
        RecommendationStatus.Draft => new Message("Recommendation {0} is still a draft: its rapporteur has not submitted it.", r.Id),
        RecommendationStatus.Merged => new Message("Recommendation {0} is merged into a key recommendation: remove it from there first.", r.Id),
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
