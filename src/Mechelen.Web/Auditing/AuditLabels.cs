namespace Mechelen.Web.Auditing;

/// <summary>
/// The resource keys that name audit actions and entity types on the audit page and in histories. The log keeps
/// the codes the handlers wrote; a code without a key here is shown as it is.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["create"] = "Audit.Captured",
        ["update"] = "Audit.EditedByRapporteur",
        ["withdraw"] = "Audit.Withdrawn",
        ["resubmit"] = "Audit.SubmittedAgain",
        ["import"] = "Audit.Uploaded",
        ["Review"] = "Audit.Reviewed",
        ["Validate"] = "Audit.Validated",
        ["Reject"] = "Audit.Rejected",
        ["BulkValidate"] = "Audit.BulkValidated",
        ["BulkReject"] = "Audit.BulkRejected",
        ["BulkAddArea"] = "Audit.BulkAreaAdded",
        ["Create"] = "Audit.KeyCreated",
        ["Edit"] = "Audit.KeyEdited",
        ["Merge"] = "Audit.Merged",
        ["AddSources"] = "Audit.SourcesAdded",
        ["RemoveSource"] = "Audit.SourceRemoved",
        ["RemoveFromKey"] = "Audit.RemovedFromKey",
        ["Unmerge"] = "Audit.Unmerged",
        ["user-create"] = "Audit.AccountCreated",
        ["create-admin"] = "Audit.AdminCreated",
        ["user-update"] = "Audit.AccountChanged",
        ["user-password-reset"] = "Audit.PasswordReset",
        ["user-disable"] = "Audit.AccountDisabled",
        ["user-enable"] = "Audit.AccountEnabled",
        [AdminEditActions.EventUpdate] = "Audit.EventEdited",
        [AdminEditActions.SessionUpdate] = "Audit.SessionEdited",
        [AdminEditActions.AreaUpdate] = "Audit.AreaEdited",
        [AdminEditActions.EventCreate] = "Audit.EventCreated",
        [AdminEditActions.SessionCreate] = "Audit.SessionCreated",
        [AdminEditActions.EventDelete] = "Audit.EventDeleted",
        [AdminEditActions.SessionDelete] = "Audit.SessionDeleted",
        ["assignments-update"] = "Audit.AssignmentsChanged",
        ["invitation-issue"] = "Audit.InvitationIssued",
        ["invitation-revoke"] = "Audit.InvitationRevoked",
        ["invitation-accept"] = "Audit.InvitationAccepted",
        ["profile-update"] = "Audit.ProfileChanged",
        ["password-change"] = "Audit.PasswordChanged",
        ["ReportFinalized"] = "Audit.ReportFinalized",
        ["ReportReopened"] = "Audit.ReportReopened",
        [Features.Translations.SaveTranslation.SavedAction] = "Audit.Translated",
        [Features.Translations.SaveTranslation.RemovedAction] = "Audit.TranslationRemoved",
        ["Undo"] = "Audit.Undone",
        ["DismissDuplicates"] = "Audit.DuplicatesDismissed",
    };

    public static readonly IReadOnlyList<string> EntityTypes = ["Recommendation", "KeyRecommendation", "User", "Event", "Session", "GovernanceArea", "DuplicateSuggestion"];

    /// <summary>The resource key naming an action code, or null for a code this version does not know.</summary>
    public static string? ActionKey(string action) => Actions.GetValueOrDefault(action);

    /// <summary>The resource key naming an entity type, or null for a type this version does not know.</summary>
    public static string? EntityKey(string entityType) => EntityTypes.Contains(entityType) ? $"Entity.{entityType}" : null;

    public static IEnumerable<string> ActionKeys => Actions.Values;
}
