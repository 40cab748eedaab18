namespace Mechelen.Web.Features.Admin;

/// <summary>How the admin forms store an optional text field.</summary>
internal static class FormText
{
    /// <summary>The text without surrounding spaces, or null when nothing but spaces was entered.</summary>
    public static string? TrimOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The role check boxes of a form: the field name they post under (with the form's prefix) and the roles ticked.</summary>
public sealed record RoleChecks(string Name, IReadOnlyCollection<string> Checked);

/// <summary>The event settings fields shared by the create and edit forms.</summary>
public sealed record EventSettingsFields(IReadOnlyCollection<string> Languages, bool Hidden, string? Error);
