using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Domain;

/// <summary>What can happen to a recommendation, by whom: the rapporteur captures, corrects, withdraws and resubmits; officers do the rest.</summary>
public enum RecommendationAction
{
    Capture,
    Correct,
    Withdraw,
    Resubmit,
    Validate,
    Reject,
    Merge,
    RestoreFromMerge,
}

/// <summary>
/// The lifecycle: Submitted on capture (a draft exists only because its rapporteur withdrew it), then Validated, Rejected or
/// Merged by an officer. Each step checks and changes the status in one place and answers null when done, else why not;
/// handlers only load, authorise, audit and save. Who may act (the author, an officer) is the handler's question.
/// </summary>
public sealed partial class Recommendation
{
    public const int RejectionReasonMaxLength = 1000;

    /// <summary>Null when <paramref name="action"/> may happen now, else why not (nothing is changed).</summary>
    public Message? Refusal(RecommendationAction action) => action switch
    {
        RecommendationAction.Capture => Id == 0 ? null : new Message("Recommendation {0} is captured already.", Id),
        RecommendationAction.Correct => Status switch
        {
            RecommendationStatus.Submitted => null,
            RecommendationStatus.Draft => new Message("Recommendation {0} is withdrawn: submit it again to correct it.", Id),
            _ => new Message("This recommendation has been reviewed already and can no longer be edited here."),
        },
        RecommendationAction.Withdraw => Status switch
        {
            RecommendationStatus.Submitted => null,
            RecommendationStatus.Draft => new Message("Recommendation {0} is withdrawn already.", Id),
            _ => ReviewedMeanwhile,
        },
        RecommendationAction.Resubmit => Status switch
        {
            RecommendationStatus.Draft => null,
            RecommendationStatus.Submitted => new Message("Recommendation {0} is submitted already.", Id),
            _ => ReviewedMeanwhile,
        },
        RecommendationAction.Validate or RecommendationAction.Reject => Status switch
        {
            RecommendationStatus.Draft => StillADraft,
            RecommendationStatus.Merged => new Message("Recommendation {0} is merged into a key recommendation: remove it from there first.", Id),
            _ => null,
        },
        RecommendationAction.Merge => Status switch
        {
            RecommendationStatus.Draft => StillADraft,
            RecommendationStatus.Merged => new Message("Recommendation {0} is already merged into a key recommendation.", Id),
            RecommendationStatus.Rejected => new Message("Recommendation {0} was rejected: validate it first if it belongs in the synthesis.", Id),
            _ => null,
        },
        RecommendationAction.RestoreFromMerge => Status == RecommendationStatus.Merged
            ? null
            : new Message("Recommendation {0} is not merged into a key recommendation.", Id),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>A new note, with its text and areas, enters the event as Submitted: it counts from now on.</summary>
    public Message? Capture(DateTime now)
    {
        if (Refusal(RecommendationAction.Capture) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            return new Message("Write the recommendation.");
        }

        if (Areas.Count == 0)
        {
            return new Message("Choose at least one governance area.");
        }

        Status = RecommendationStatus.Submitted;
        StatusBeforeMerge = null;
        RejectionReason = null;
        CreatedAt = now;
        UpdatedAt = now;
        return null;
    }

    /// <summary>The rapporteur takes the note back: a draft only they see, out of every count, list and report.</summary>
    public Message? Withdraw(DateTime now) => Move(RecommendationAction.Withdraw, RecommendationStatus.Draft, now);

    public Message? Resubmit(DateTime now) => Move(RecommendationAction.Resubmit, RecommendationStatus.Submitted, now);

    public Message? Validate(DateTime now)
    {
        var refusal = Move(RecommendationAction.Validate, RecommendationStatus.Validated, now);
        if (refusal is null)
        {
            RejectionReason = null;
        }

        return refusal;
    }

    /// <summary>Rejecting needs a reason, which the report's annex and the rapporteur see.</summary>
    public Message? Reject(string? reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new Message("Give a reason for rejecting.");
        }

        if (reason.Length > RejectionReasonMaxLength)
        {
            return new Message("The reason can be at most {0:N0} characters.", RejectionReasonMaxLength);
        }

        var refusal = Move(RecommendationAction.Reject, RecommendationStatus.Rejected, now);
        if (refusal is null)
        {
            RejectionReason = reason.Trim();
        }

        return refusal;
    }

    /// <summary>Joins a key recommendation; the status it had is kept so that un-merging gives it back. Text and session never change.</summary>
    public Message? Merge(DateTime now)
    {
        var before = Status;
        var refusal = Move(RecommendationAction.Merge, RecommendationStatus.Merged, now);
        if (refusal is null)
        {
            StatusBeforeMerge = before;
        }

        return refusal;
    }

    /// <summary>Leaves its key recommendation with the status it had before the merge.</summary>
    public Message? RestoreFromMerge(DateTime now)
    {
        var refusal = Move(RecommendationAction.RestoreFromMerge, StatusBeforeMerge ?? RecommendationStatus.Submitted, now);
        if (refusal is null)
        {
            StatusBeforeMerge = null;
        }

        return refusal;
    }

    private Message StillADraft => new("Recommendation {0} is still a draft: its rapporteur has not submitted it.", Id);

    private static Message ReviewedMeanwhile => new("This recommendation has been reviewed meanwhile; it was left as it is.");

    private Message? Move(RecommendationAction action, RecommendationStatus to, DateTime now)
    {
        if (Refusal(action) is { } refusal)
        {
            return refusal;
        }

        Status = to;
        UpdatedAt = now;
        return null;
    }
}
