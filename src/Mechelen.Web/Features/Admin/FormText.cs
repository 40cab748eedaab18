namespace Mechelen.Web.Features.Admin;

/// <summary>How the admin forms store an optional text field.</summary>
internal static class FormText
{
    /// <summary>The text without surrounding spaces, or null when nothing but spaces was entered.</summary>
    public static string? TrimOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
