namespace Mechelen.Web.Domain;

/// <summary>
/// A name and its description in a language other than the one they were written in (by its two-letter code). Either part
/// may be missing; readers then see the original wording.
/// </summary>
public sealed record Translation(string? Name, string? Description);
