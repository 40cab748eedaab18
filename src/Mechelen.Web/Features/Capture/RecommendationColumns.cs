namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The columns of a recommendations sheet, in order, with their headers and widths: one definition for
/// the template, the import and any later export, so a downloaded sheet can always be uploaded again.
/// Headers and help are resource keys: the template shows them in the reader's language, the import accepts each language.
/// </summary>
public static class RecommendationColumns
{
    public sealed record Column(int Number, string Header, double Width, string Help);

    /// <summary>Separator of several values in one cell (area names contain commas).</summary>
    public const char Separator = ';';

    public static readonly Column Session = new(1, "Session", 40, "The session the recommendation was made in (pick from the list).");
    public static readonly Column Text = new(2, "Recommendation", 70, "Required. One recommendation, 10 to 4,000 characters.");
    public static readonly Column Rationale = new(3, "Rationale or context", 45, "Optional, up to 4,000 characters.");
    public static readonly Column Areas = new(4, "Governance areas", 40, "At least one. Pick from the list; several are separated by ; (semicolon).");
    public static readonly Column Levels = new(5, "Level of governance", 28, "Optional. Pick from the list; several are separated by ;.");
    public static readonly Column Actors = new(6, "Addressed to", 34, "Optional. Pick from the list; several are separated by ;.");
    public static readonly Column Language = new(7, "Language", 14, "English, French, Spanish or Other. Empty means {0}, the language of this template.");

    public static readonly IReadOnlyList<Column> All = [Session, Text, Rationale, Areas, Levels, Actors, Language];

    public static IEnumerable<string> Split(string cell) =>
        cell.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
