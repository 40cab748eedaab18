using System.Globalization;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;

namespace Mechelen.Reports;

/// <summary>
/// The outcome report as data: built once from one read for an event and a scope, and shown by the page,
/// the PDF, the Word document and the command line, so every rendering says the same thing. Only Validated
/// and Merged recommendations reach the body; Draft key recommendations only while the report is a draft.
/// </summary>
public sealed record OutcomeReport(
    ReportText Text,
    EventInfo Event,
    DocumentInfo Document,
    bool IsFinal,
    DateTime? FinalizedAtLocal,
    string? FinalizedBy,
    DateTime GeneratedAtUtc,
    DateTime GeneratedAtLocal,
    IReadOnlyList<string> FilterDescription,
    Figures Figures,
    IReadOnlyList<AreaCount> ValidatedPerArea,
    IReadOnlyList<KeyRecommendationItem> KeyMessages,
    IReadOnlyList<AreaSection> Areas,
    Matrix Matrix,
    IReadOnlyList<SessionSummary> Sessions,
    IReadOnlyList<ProgrammeItem> Programme,
    Methodology Methodology,
    IReadOnlyList<AnnexRow> Annex,
    IReadOnlyList<FilterOption> AreaOptions,
    IReadOnlyList<FilterOption> ClusterOptions)
{
    public CultureInfo Culture => Text.Culture;

    /// <summary>
    /// <see cref="ReportDetail.Summary"/> when read without the contributions' text: its figures, summary and key
    /// recommendations are whole, its listings (<see cref="Areas"/>' contributions, <see cref="Annex"/>) are not shown.
    /// </summary>
    public ReportDetail Detail { get; init; } = ReportDetail.Whole;

    /// <summary>Characters the installed fonts cannot print, found before the document is built; null when there are none.</summary>
    public MissingGlyphs? Glyphs { get; init; }

    public string Title => Text.TitleFormat(Event.Name);

    public bool IsFiltered => FilterDescription.Count > 0;

    /// <summary>Draft key recommendations in the scope: what finalising takes out of the report.</summary>
    public int DraftKeyRecommendations => Areas.Sum(a => a.KeyRecommendations.Count(k => k.IsDraft));

    /// <summary>Contributions cited only by draft key recommendations: they leave the report with them.</summary>
    public int SourcesOfDraftKeyRecommendations => Areas.SelectMany(a => a.KeyRecommendations).Where(k => k.IsDraft).Sum(k => k.SourceIds.Count);

    /// <summary><c>mechelen-2017-outcome-report-2017-11-17.pdf</c>: the event and the generation date.</summary>
    public string FileName(string extension) =>
        $"{Event.Code}-outcome-report-{GeneratedAtLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
}

public sealed record EventInfo(
    int Id, string Code, string Name, string City, string Country, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, IReadOnlyList<string> Hosts, IReadOnlyList<string> Partners, string Purpose);

/// <summary>What the secretariat sets for the document itself: symbol, date of issue, disclaimer, foreword and logos.</summary>
public sealed record DocumentInfo(
    string? Symbol, DateOnly? DateOfIssue, string? Disclaimer, string? Foreword, IReadOnlyList<ReportLogo> Logos);

/// <summary>A host's or partner's logo (PNG or JPEG bytes, validated on upload) with its name, shown on the cover.</summary>
public sealed record ReportLogo(string Name, byte[] Image);

/// <summary>The executive summary's figures, all within the report's scope.</summary>
public sealed record Figures(
    int Captured, int Validated, int Merged, int KeyRecommendations, int Sessions, int Rapporteurs,
    IReadOnlyList<string> Languages);

public sealed record AreaCount(int Number, string Name, int Count);

/// <summary>A key recommendation numbered <c>area.n</c> (3.2 is the second of the third area) and, among key messages, consecutively.</summary>
public sealed record KeyRecommendationItem(
    int Id, string Number, int AreaNumber, string AreaName, string Wording, bool IsDraft,
    IReadOnlyList<string> Levels, IReadOnlyList<string> Actors,
    IReadOnlyList<int> SourceIds, IReadOnlyList<string> SourceSessions, IReadOnlyList<SourceRationale> Rationales);

/// <summary>A rationale a rapporteur noted on one source contribution.</summary>
public sealed record SourceRationale(int RecommendationId, string Text);

/// <summary>
/// A validated contribution in the report's language where it has a translation, otherwise as written;
/// <see cref="LanguageNote"/> says which ("Translated from French", "Original in Spanish"), null when written in the report's language.
/// </summary>
public sealed record RecommendationItem(
    int Id, string Text, string? Rationale, string SessionCode, string SessionTitle, IReadOnlyList<string> Levels, IReadOnlyList<string> Actors,
    ReportLanguage Language)
{
    public string? LanguageNote { get; init; }

    /// <summary>True when <see cref="Text"/> is a translation into the report's language.</summary>
    public bool IsTranslated { get; init; }
}

public sealed record AreaSection(
    int Number, string Code, string Name, string Description,
    IReadOnlyList<KeyRecommendationItem> KeyRecommendations, IReadOnlyList<RecommendationItem> Unmerged)
{
    public bool IsEmpty => KeyRecommendations.Count == 0 && Unmerged.Count == 0;
}

/// <summary>Counts of validated recommendations by actor addressed (rows) and level of governance (columns).</summary>
public sealed record Matrix(IReadOnlyList<string> Levels, IReadOnlyList<MatrixRow> Rows, IReadOnlyList<int> LevelTotals, int Total)
{
    public bool IsEmpty => Rows.All(r => r.Total == 0);

    /// <summary>The largest cell: the darkest shade of the heat map.</summary>
    public int MaxCell => Rows.SelectMany(r => r.Counts).DefaultIfEmpty(0).Max();

    /// <summary>The shade step (0 = empty, 1–4) of a count; the legend shows the same steps.</summary>
    public int Shade(int count) => count <= 0 || MaxCell == 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / MaxCell), 1, 4);

    /// <summary>The lowest count of each shade step 1–4, for the legend.</summary>
    public IReadOnlyList<(int Shade, int From, int To)> Legend()
    {
        var steps = new List<(int, int, int)>();
        for (var s = 1; s <= 4; s++)
        {
            var from = Enumerable.Range(1, Math.Max(0, MaxCell)).FirstOrDefault(c => Shade(c) == s);
            var to = Enumerable.Range(1, Math.Max(0, MaxCell)).LastOrDefault(c => Shade(c) == s);
            if (from > 0)
            {
                steps.Add((s, from, to));
            }
        }

        return steps;
    }
}

public sealed record MatrixRow(string Actor, IReadOnlyList<int> Counts, int Total);

public sealed record SessionSummary(
    int Id, string Code, string Title, string KindName, DateTime StartsAt, DateTime EndsAt, string? Moderator, string? Organiser,
    int Contributions, IReadOnlyList<AreaCount> ContributionsByArea, IReadOnlyList<string> KeyRecommendationNumbers, string? Summary);

/// <summary>A programme line; <see cref="Code"/> (S1, S2 …) stands for the session in the annex table.</summary>
public sealed record ProgrammeItem(int Id, string Code, string Title, string KindName, DateTime StartsAt, DateTime EndsAt, string? Room);

/// <summary>What the data shows about how the report was made: counts, never boilerplate.</summary>
public sealed record Methodology(
    int Captured, int Submitted, int Validated, int Merged, int Rejected, int Rapporteurs, int SessionsWithContributions,
    DateTime? FirstCaptureLocal, DateTime? LastCaptureLocal, IReadOnlyList<LanguageCount> Languages,
    int AreaCount, double AverageAreasPerRecommendation, int MultiAreaRecommendations,
    int FinalKeyRecommendations, int DraftKeyRecommendations, int MergedSources);

public sealed record LanguageCount(ReportLanguage Language, int Count);

/// <summary>
/// One row of the annex table: the same rows, in the same order (by id), as the Excel export; the session by its code.
/// <see cref="Text"/> is the original; <see cref="Translation"/> the translation into the report's language beside it, if any.
/// </summary>
public sealed record AnnexRow(int Id, string SessionCode, string Areas, string Text)
{
    public string? Translation { get; init; }

    /// <summary>"Original in French" when the original is not in the report's language.</summary>
    public string? LanguageNote { get; init; }
}

/// <summary>A value the report can be scoped to, for the page's filter form.</summary>
public sealed record FilterOption(string Value, string Label, bool Selected);
