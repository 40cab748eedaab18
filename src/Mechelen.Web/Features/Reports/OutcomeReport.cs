using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Reports;

/// <summary>
/// The outcome report as data: one read of the database for an event and a filter, shared by the HTML
/// page, the PDF and the command line, so that every rendering says the same thing. Only Validated and
/// Merged recommendations reach the body; Draft key recommendations only while the report is a draft.
/// </summary>
public static partial class OutcomeReport
{
    public sealed record Model(
        EventInfo Event,
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
        IReadOnlyList<Option> AreaOptions,
        IReadOnlyList<Option> ClusterOptions)
    {
        public string Title => $"Outcome report — {Event.Name}";

        public bool IsFiltered => FilterDescription.Count > 0;

        /// <summary><c>mechelen-2017-outcome-report-2017-11-17.pdf</c>: the event and the generation date.</summary>
        public string FileName => $"{Event.Code}-outcome-report-{GeneratedAtLocal:yyyy-MM-dd}.pdf";
    }

    public sealed record EventInfo(
        int Id, string Code, string Name, string City, string Country, DateOnly StartDate, DateOnly EndDate,
        string TimeZone, IReadOnlyList<string> Hosts, IReadOnlyList<string> Partners, string Purpose);

    /// <summary>The executive summary's figures, all within the report's filter.</summary>
    public sealed record Figures(
        int Captured, int Validated, int Merged, int KeyRecommendations, int Sessions, int Rapporteurs,
        IReadOnlyList<string> Languages);

    public sealed record AreaCount(int Number, string Name, int Count);

    /// <summary>A key recommendation numbered <c>area.n</c> (3.2 is the second of the third area).</summary>
    public sealed record KeyRecommendationItem(
        int Id, string Number, int AreaNumber, string AreaName, string Wording, bool IsDraft,
        IReadOnlyList<string> Levels, IReadOnlyList<string> Actors,
        IReadOnlyList<int> SourceIds, IReadOnlyList<string> SourceSessions);

    public sealed record RecommendationItem(
        int Id, string Text, string SessionTitle, IReadOnlyList<string> Levels, IReadOnlyList<string> Actors,
        RecommendationLanguage Language);

    public sealed record AreaSection(
        int Number, string Code, string Name, string Description,
        IReadOnlyList<KeyRecommendationItem> KeyRecommendations, IReadOnlyList<RecommendationItem> Unmerged)
    {
        public bool IsEmpty => KeyRecommendations.Count == 0 && Unmerged.Count == 0;
    }

    /// <summary>Counts of validated recommendations by actor addressed (rows) and level of governance (columns).</summary>
    public sealed record Matrix(IReadOnlyList<string> Levels, IReadOnlyList<MatrixRow> Rows, IReadOnlyList<int> LevelTotals)
    {
        public bool IsEmpty => Rows.All(r => r.Total == 0);
    }

    public sealed record MatrixRow(string Actor, IReadOnlyList<int> Counts, int Total);

    public sealed record SessionSummary(
        int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt, string? Moderator, string? Organiser,
        int Contributions, IReadOnlyList<string> KeyRecommendationNumbers);

    public sealed record ProgrammeItem(int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt, string? Room);

    /// <summary>What the data shows about how the report was made: counts, never boilerplate.</summary>
    public sealed record Methodology(
        int Captured, int Submitted, int Validated, int Merged, int Rejected, int Rapporteurs, int SessionsWithContributions,
        DateTime? FirstCaptureLocal, DateTime? LastCaptureLocal, IReadOnlyList<LanguageCount> Languages,
        int AreaCount, double AverageAreasPerRecommendation, int MultiAreaRecommendations,
        int FinalKeyRecommendations, int DraftKeyRecommendations, int MergedSources);

    public sealed record LanguageCount(RecommendationLanguage Language, int Count);

    /// <summary>One row of the annex table: the same rows, in the same order (by id), as the Excel export.</summary>
    public sealed record AnnexRow(int Id, string Session, string Areas, string Text);

    /// <summary>A value the report can be filtered on, for the page's filter form.</summary>
    public sealed record Option(string Value, string Label, bool Selected);

    public static string KindName(SessionKind kind) => kind switch
    {
        SessionKind.Opening => "Opening",
        SessionKind.Plenary => "Plenary",
        SessionKind.GuidedDiscussion => "Guided discussion",
        SessionKind.SideEvent => "Side event",
        SessionKind.ThematicSession => "Thematic session",
        _ => kind.ToString(),
    };
}
