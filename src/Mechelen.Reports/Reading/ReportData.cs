namespace Mechelen.Reports.Reading;

/// <summary>The language a contribution was made in.</summary>
public enum ReportLanguage
{
    English,
    French,
    Spanish,
    Other,
}

/// <summary>Where a contribution stands after it left the rapporteur (drafts are never read).</summary>
public enum ContributionStatus
{
    Submitted,
    Validated,
    Rejected,
    Merged,
}

/// <summary>
/// What a report covers: the event (empty = the latest) and the list's facets, in plain values. Within a facet
/// values are OR-ed, across facets AND-ed; levels and actors are the bit masks of the closed lists.
/// </summary>
public sealed record ReportScope(string? Event)
{
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<int> Clusters { get; init; } = [];
    public IReadOnlyList<int> Sessions { get; init; } = [];
    public IReadOnlyList<int> Levels { get; init; } = [];
    public IReadOnlyList<int> Actors { get; init; } = [];
    public IReadOnlyList<ReportLanguage> Languages { get; init; } = [];
    public string? Text { get; init; }

    /// <summary>The language the report is written in (a two-letter code): names and translations are read in it. Set by the service from the report text.</summary>
    public string? Language { get; init; }

    public bool HasText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>Facets beyond areas and clusters, which choose key recommendations by the contributions they drew on.</summary>
    public bool HasContributionFacets => Sessions.Count > 0 || Levels.Count > 0 || Actors.Count > 0 || Languages.Count > 0 || HasText;
}

/// <summary>How much of a report is read: all of it, or what its figures, executive summary and key recommendations need.</summary>
public enum ReportDetail
{
    Whole,

    /// <summary>
    /// Every row the figures count, but not the contributions' text, rationale or translations, nor the logos: a report
    /// built from it has the whole report's figures, summary and key recommendations, and listings without their text.
    /// </summary>
    Summary,
}

/// <summary>Reads what a report needs for an event and a scope. The web project implements it over its database.</summary>
public interface IReportReader
{
    /// <summary>The rows of the report, or null when there is no such event (no event at all for an empty code).</summary>
    Task<ReportData?> ReadAsync(ReportScope scope, ReportDetail detail, CancellationToken cancellationToken);
}

public sealed record EventRow(
    int Id, string Code, string Name, string City, string Country, DateOnly StartDate, DateOnly EndDate, string TimeZone,
    string Hosts, string Partners, string Purpose, DateTime? FinalizedAtUtc, string? FinalizedBy)
{
    public string? Symbol { get; init; }
    public DateOnly? DateOfIssue { get; init; }
    public string? Disclaimer { get; init; }
    public string? Foreword { get; init; }
    public IReadOnlyList<LogoRow> Logos { get; init; } = [];
}

public sealed record LogoRow(string Name, byte[] Image);

public sealed record AreaRow(int Id, string Code, string Name, string Description, IReadOnlyList<int> Clusters);

public sealed record ClusterRow(int Number, string ShortTitle);

/// <summary>A session; <paramref name="Kind"/> is the name of the kind (<c>GuidedDiscussion</c>), worded by the report text.</summary>
public sealed record SessionRow(
    int Id, string Title, string Kind, DateTime StartsAt, DateTime EndsAt, string? Moderator, string? Organiser, string? Room)
{
    public string? Summary { get; init; }
}

/// <summary>A label of the closed lists: <paramref name="List"/> is <c>level</c> or <c>actor</c>, <paramref name="Value"/> its bit.</summary>
public sealed record LabelRow(string List, int Value, string Name);

public sealed record CapturedRow(int Id, ContributionStatus Status, int SessionId, string CapturedBy, DateTime CreatedAtUtc, ReportLanguage Language);

public sealed record RecommendationRow(
    int Id, int SessionId, string Text, string? Rationale, int Levels, int Actors, ReportLanguage Language, IReadOnlyList<int> AreaIds);

public sealed record SourceRow(int Id, int SessionId, int Levels, int Actors, string? Rationale);

/// <summary>A contribution's text and rationale translated into the report's language, and who translated it.</summary>
public sealed record TranslationRow(int RecommendationId, string Text, string? Rationale, string By);

/// <summary>A key recommendation's wording written in the report's language.</summary>
public sealed record KeyWordingRow(int KeyRecommendationId, string Wording);

public sealed record KeyRow(int Id, int AreaId, string Wording, bool IsDraft, IReadOnlyList<SourceRow> Sources);

/// <summary>Everything read for one report, before it is assembled.</summary>
public sealed class ReportData
{
    public required EventRow Event { get; init; }
    public IReadOnlyList<AreaRow> Areas { get; init; } = [];
    public IReadOnlyList<ClusterRow> Clusters { get; init; } = [];
    public IReadOnlyList<SessionRow> Sessions { get; init; } = [];
    public IReadOnlyList<LabelRow> Labels { get; init; } = [];

    /// <summary>Every contribution in the scope that left the rapporteur (not Draft), for figures and methodology.</summary>
    public IReadOnlyList<CapturedRow> Captured { get; init; } = [];

    /// <summary>Validated and Merged contributions in the scope, by id: the report's body.</summary>
    public IReadOnlyList<RecommendationRow> Recommendations { get; init; } = [];

    /// <summary>All key recommendations of the event, both statuses, in their order; sources Validated or Merged only.</summary>
    public IReadOnlyList<KeyRow> KeyRecommendations { get; init; } = [];

    /// <summary>Translations into the report's language of the reported contributions (at most one each).</summary>
    public IReadOnlyList<TranslationRow> Translations { get; init; } = [];

    /// <summary>Key recommendation wordings in the report's language (at most one each).</summary>
    public IReadOnlyList<KeyWordingRow> KeyWordings { get; init; } = [];

    /// <summary>When the scope has contribution facets: ids of the reported contributions they match, areas and clusters aside.</summary>
    public IReadOnlySet<int>? SourceScope { get; init; }
}
