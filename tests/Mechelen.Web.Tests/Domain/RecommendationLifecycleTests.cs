using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Tests.Domain;

/// <summary>The recommendation lifecycle as one table: every status × every action, allowed (and the status after) or refused (and why).</summary>
public sealed class RecommendationLifecycleTests
{
    private const string CapturedAlready = "Recommendation {0} is captured already.";
    private const string WithdrawnNoCorrection = "Recommendation {0} is withdrawn: submit it again to correct it.";
    private const string ReviewedAlready = "This recommendation has been reviewed already and can no longer be edited here.";
    private const string WithdrawnAlready = "Recommendation {0} is withdrawn already.";
    private const string SubmittedAlready = "Recommendation {0} is submitted already.";
    private const string ReviewedMeanwhile = "This recommendation has been reviewed meanwhile; it was left as it is.";
    private const string StillADraft = "Recommendation {0} is still a draft: its rapporteur has not submitted it.";
    private const string MergedRemoveFirst = "Recommendation {0} is merged into a key recommendation: remove it from there first.";
    private const string MergedAlready = "Recommendation {0} is already merged into a key recommendation.";
    private const string RejectedValidateFirst = "Recommendation {0} was rejected: validate it first if it belongs in the synthesis.";
    private const string NotMerged = "Recommendation {0} is not merged into a key recommendation.";

    private const RecommendationStatus Draft = RecommendationStatus.Draft;
    private const RecommendationStatus Submitted = RecommendationStatus.Submitted;
    private const RecommendationStatus Validated = RecommendationStatus.Validated;
    private const RecommendationStatus Rejected = RecommendationStatus.Rejected;
    private const RecommendationStatus Merged = RecommendationStatus.Merged;

    // From (null: a note not captured yet), action, then either the status after or the refusal.
    private static readonly (RecommendationStatus? From, RecommendationAction Action, RecommendationStatus? To, string? Refusal)[] Table =
    [
        (null, RecommendationAction.Capture, Submitted, null),

        (Draft, RecommendationAction.Capture, null, CapturedAlready),
        (Draft, RecommendationAction.Correct, null, WithdrawnNoCorrection),
        (Draft, RecommendationAction.Withdraw, null, WithdrawnAlready),
        (Draft, RecommendationAction.Resubmit, Submitted, null),
        (Draft, RecommendationAction.Validate, null, StillADraft),
        (Draft, RecommendationAction.Reject, null, StillADraft),
        (Draft, RecommendationAction.Merge, null, StillADraft),
        (Draft, RecommendationAction.RestoreFromMerge, null, NotMerged),

        (Submitted, RecommendationAction.Capture, null, CapturedAlready),
        (Submitted, RecommendationAction.Correct, Submitted, null),
        (Submitted, RecommendationAction.Withdraw, Draft, null),
        (Submitted, RecommendationAction.Resubmit, null, SubmittedAlready),
        (Submitted, RecommendationAction.Validate, Validated, null),
        (Submitted, RecommendationAction.Reject, Rejected, null),
        (Submitted, RecommendationAction.Merge, Merged, null),
        (Submitted, RecommendationAction.RestoreFromMerge, null, NotMerged),

        (Validated, RecommendationAction.Capture, null, CapturedAlready),
        (Validated, RecommendationAction.Correct, null, ReviewedAlready),
        (Validated, RecommendationAction.Withdraw, null, ReviewedMeanwhile),
        (Validated, RecommendationAction.Resubmit, null, ReviewedMeanwhile),
        (Validated, RecommendationAction.Validate, Validated, null),
        (Validated, RecommendationAction.Reject, Rejected, null),
        (Validated, RecommendationAction.Merge, Merged, null),
        (Validated, RecommendationAction.RestoreFromMerge, null, NotMerged),

        (Rejected, RecommendationAction.Capture, null, CapturedAlready),
        (Rejected, RecommendationAction.Correct, null, ReviewedAlready),
        (Rejected, RecommendationAction.Withdraw, null, ReviewedMeanwhile),
        (Rejected, RecommendationAction.Resubmit, null, ReviewedMeanwhile),
        (Rejected, RecommendationAction.Validate, Validated, null),
        (Rejected, RecommendationAction.Reject, Rejected, null),
        (Rejected, RecommendationAction.Merge, null, RejectedValidateFirst),
        (Rejected, RecommendationAction.RestoreFromMerge, null, NotMerged),

        // Merged from Validated: restoring gives Validated back.
        (Merged, RecommendationAction.Capture, null, CapturedAlready),
        (Merged, RecommendationAction.Correct, null, ReviewedAlready),
        (Merged, RecommendationAction.Withdraw, null, ReviewedMeanwhile),
        (Merged, RecommendationAction.Resubmit, null, ReviewedMeanwhile),
        (Merged, RecommendationAction.Validate, null, MergedRemoveFirst),
        (Merged, RecommendationAction.Reject, null, MergedRemoveFirst),
        (Merged, RecommendationAction.Merge, null, MergedAlready),
        (Merged, RecommendationAction.RestoreFromMerge, Validated, null),
    ];

    public static TheoryData<RecommendationStatus?, RecommendationAction, RecommendationStatus?, string?> Transitions()
    {
        var data = new TheoryData<RecommendationStatus?, RecommendationAction, RecommendationStatus?, string?>();
        foreach (var (from, action, to, refusal) in Table)
        {
            data.Add(from, action, to, refusal);
        }

        return data;
    }

    private static readonly DateTime Now = new(2017, 11, 16, 10, 30, 0, DateTimeKind.Utc);

    private static Recommendation Note(RecommendationStatus? status)
    {
        var r = new Recommendation { Text = "Open public libraries to newcomers", CapturedByName = "Rapporteur One" };
        r.Areas.Add(new GovernanceArea { Id = 1, Code = "services", Name = "Access to services", Description = "" });
        if (status is { } s)
        {
            r.Id = 7;
            r.Status = s;
            r.StatusBeforeMerge = s == Merged ? Validated : null;
            r.RejectionReason = s == Rejected ? "Out of scope" : null;
        }

        return r;
    }

    private static Message? Do(Recommendation r, RecommendationAction action) => action switch
    {
        RecommendationAction.Capture => r.Capture(Now),
        RecommendationAction.Correct => r.Refusal(RecommendationAction.Correct),
        RecommendationAction.Withdraw => r.Withdraw(Now),
        RecommendationAction.Resubmit => r.Resubmit(Now),
        RecommendationAction.Validate => r.Validate(Now),
        RecommendationAction.Reject => r.Reject("  Not a recommendation but a question  ", Now),
        RecommendationAction.Merge => r.Merge(Now),
        RecommendationAction.RestoreFromMerge => r.RestoreFromMerge(Now),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    [Fact]
    public void Table_HoldsEveryStatusTimesEveryAction_Once()
    {
        var expected = Enum.GetValues<RecommendationStatus>().SelectMany(s => Enum.GetValues<RecommendationAction>().Select(a => ((RecommendationStatus?)s, a))).ToList();

        Assert.Equal(expected.Count + 1, Table.Length);
        Assert.Equal(expected.Order(), Table.Where(t => t.From is not null).Select(t => (t.From, t.Action)).Order());
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Transition_IsAllowedOrRefused_AsTheTableSays(RecommendationStatus? from, RecommendationAction action, RecommendationStatus? to, string? refusal)
    {
        var r = Note(from);
        var before = (r.Status, r.StatusBeforeMerge, r.RejectionReason, r.UpdatedAt);

        var answer = Do(r, action);

        Assert.Equal(refusal, answer?.Key);
        if (answer is not null)
        {
            Assert.Equal(before, (r.Status, r.StatusBeforeMerge, r.RejectionReason, r.UpdatedAt));
            Assert.Equal(refusal!.Contains("{0}", StringComparison.Ordinal) ? new object[] { 7 } : [], answer.Args);
            return;
        }

        Assert.Equal(to, r.Status);
        Assert.Equal(to == Merged ? from : null, r.StatusBeforeMerge);
        Assert.Equal(to == Rejected ? "Not a recommendation but a question" : to == Validated ? null : before.RejectionReason, r.RejectionReason);
        Assert.Equal(action == RecommendationAction.Correct ? before.UpdatedAt : Now, r.UpdatedAt);
    }

    [Theory]
    [InlineData(null, "Give a reason for rejecting.")]
    [InlineData("   ", "Give a reason for rejecting.")]
    public void Reject_WithoutAReason_IsRefused_AndChangesNothing(string? reason, string refusal)
    {
        var r = Note(Submitted);

        Assert.Equal(refusal, r.Reject(reason, Now)?.Key);
        Assert.Equal(Submitted, r.Status);
    }

    [Fact]
    public void Reject_WithATooLongReason_IsRefused() =>
        Assert.Equal("The reason can be at most {0:N0} characters.", Note(Validated).Reject(new string('x', Recommendation.RejectionReasonMaxLength + 1), Now)?.Key);

    [Fact]
    public void Capture_WithoutAnArea_IsRefused_AndLeavesTheNoteUncaptured()
    {
        var r = new Recommendation { Text = "Open public libraries to newcomers", CapturedByName = "Rapporteur One" };

        Assert.Equal("Choose at least one governance area.", r.Capture(Now)?.Key);
        Assert.Equal(default, r.CreatedAt);
    }

    [Fact]
    public void MergeThenRestore_GivesBackTheStatusBeforeTheMerge()
    {
        var r = Note(Submitted);

        Assert.Null(r.Merge(Now));
        Assert.Null(r.RestoreFromMerge(Now));

        Assert.Equal(Submitted, r.Status);
        Assert.Null(r.StatusBeforeMerge);
    }
}
