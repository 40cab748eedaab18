using System.Globalization;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// One column of an export: its JSON name, its header and what it means (resource keys: the workbook shows them in the reader's
/// language), its Excel width and how a row gives its value. When <paramref name="ValueWords"/> is set the value is an enum
/// member's name, which JSON and CSV write as it is and the workbook words as the resource <c>{ValueWords}.{value}</c>.
/// </summary>
public sealed record ExportColumn<TRow>(string Key, string Header, string Description, double Width, Func<TRow, object?> Value, bool Wrap = false, string? ValueWords = null);

/// <summary>
/// The columns of every export, in one place: Excel, CSV and JSON write them in this order under these
/// names, and the Excel "Fields" sheet and the README describe them from here. JSON and CSV name columns by
/// <see cref="ExportColumn{TRow}.Key"/>, which never changes with the language; the workbook by the header in the
/// reader's language. A value is a string, an int, a <see cref="DateTime"/> or a list of strings or ints.
/// </summary>
public static class ExportColumns
{
    public static readonly IReadOnlyList<ExportColumn<RecommendationRow>> Recommendations =
    [
        new("id", "Id", "Number of the recommendation in this system.", 8, r => r.Id),
        new("event", "Event", "Code of the event.", 14, r => r.EventCode),
        new("sessionId", "Session id", "Number of the session it was captured in.", 10, r => r.SessionId),
        new("session", "Session", "Title of the session.", 36, r => r.SessionTitle, Wrap: true),
        new("sessionStart", "Day and time", "Start of the session, local time of the event (yyyy-MM-dd HH:mm).", 17, r => r.SessionStartsAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        new("areaCodes", "Area codes", "Codes of its governance areas.", 20, r => r.AreaCodes),
        new("areas", "Governance areas", "Names of its governance areas.", 32, r => r.Areas, Wrap: true),
        new("clusters", "GCM clusters", "GCM thematic clusters (1–6) its areas map to.", 12, r => r.Clusters),
        new("levels", "Levels of governance", "Levels of governance it addresses.", 24, r => r.Levels, Wrap: true),
        new("actors", "Actors addressed", "Actors it is addressed to.", 30, r => r.Actors, Wrap: true),
        new("language", "Language", "Language it was written in.", 11, r => r.Language.ToString(), ValueWords: "Language"),
        new("status", "Status", "Draft, Submitted, Validated, Rejected or Merged.", 11, r => r.Status.ToString(), ValueWords: "Status"),
        new("rejectionReason", "Rejection reason", "Why it was rejected, when it was.", 30, r => r.RejectionReason, Wrap: true),
        new("keyRecommendationId", "Key recommendation id", "The key recommendation it was merged into, if any.", 12, r => r.KeyRecommendationId),
        new("keyRecommendationNumber", "Key recommendation number", "Number (area.n) of that key recommendation, as in the report.", 12, r => r.KeyRecommendationNumber),
        new("capturedBy", "Captured by", "Display name of the rapporteur who captured it.", 20, r => r.CapturedBy),
        new("createdAt", "Created (UTC)", "When it was captured, UTC (ISO 8601).", 20, r => r.CreatedAt),
        new("updatedAt", "Updated (UTC)", "When it was last changed, UTC (ISO 8601).", 20, r => r.UpdatedAt),
        new("text", "Text", "The recommendation as captured.", 70, r => r.Text, Wrap: true),
        new("rationale", "Rationale", "Context or rationale given with it.", 50, r => r.Rationale, Wrap: true),
    ];

    public static readonly IReadOnlyList<ExportColumn<KeyRecommendationRow>> KeyRecommendations =
    [
        new("id", "Id", "Number of the key recommendation.", 8, k => k.Id),
        new("number", "Number", "Its number (area.n), as in the report.", 10, k => k.Number),
        new("areaCode", "Area code", "Code of its governance area.", 18, k => k.AreaCode),
        new("area", "Governance area", "Name of its governance area.", 32, k => k.Area, Wrap: true),
        new("order", "Order", "Its position within the area.", 8, k => k.Order),
        new("status", "Status", "Draft or Final.", 10, k => k.Status.ToString(), ValueWords: "KeyStatus"),
        new("wording", "Wording", "The consolidated wording.", 70, k => k.Wording, Wrap: true),
        new("sourceIds", "Source ids", "Ids of the recommendations it consolidates.", 18, k => k.SourceIds, Wrap: true),
        new("sourceSessions", "Source sessions", "Sessions those recommendations come from.", 40, k => k.SourceSessions, Wrap: true),
        new("updatedAt", "Updated (UTC)", "When it was last changed, UTC (ISO 8601).", 20, k => k.UpdatedAt),
    ];

    /// <summary>A value as one line of text, for CSV and Excel cells: lists joined with "; ", times in ISO 8601.</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join("; ", list),
        IEnumerable<int> list => string.Join("; ", list.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
