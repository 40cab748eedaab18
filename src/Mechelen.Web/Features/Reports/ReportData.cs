using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Reports;

// The rows the report handler reads, before they are assembled into the report model.

internal sealed record EventRow(
    int Id, string Code, string Name, string City, string Country, DateOnly StartDate, DateOnly EndDate, string TimeZone,
    string Hosts, string Partners, string Purpose, DateTime? FinalizedAt, string? FinalizedBy);

internal sealed record AreaRow(int Id, string Code, string Name, string Description, List<int> Clusters);

internal sealed record ClusterRow(int Number, string ShortTitle);

internal sealed record SessionRow(
    int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt, string? Moderator, string? Organiser, string? Room);

internal sealed record LabelRow(string List, int Value, string Name);

internal sealed record CapturedRow(int Id, RecommendationStatus Status, int SessionId, string CapturedBy, DateTime CreatedAt, RecommendationLanguage Language);

internal sealed record RecommendationRow(
    int Id, int SessionId, string Text, GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language, List<int> AreaIds);

internal sealed record SourceRow(int Id, int SessionId, GovernanceLevels Levels, ActorGroups Actors);

internal sealed record KeyRow(int Id, int AreaId, string Wording, KeyRecommendationStatus Status, List<SourceRow> Sources);

internal sealed class ReportData
{
    public required EventRow Event { get; init; }
    public List<AreaRow> Areas { get; set; } = [];
    public List<ClusterRow> Clusters { get; set; } = [];
    public List<SessionRow> Sessions { get; set; } = [];
    public List<LabelRow> Labels { get; set; } = [];

    /// <summary>Every recommendation in the filter that left the rapporteur (not Draft), for figures and methodology.</summary>
    public List<CapturedRow> Captured { get; set; } = [];

    /// <summary>Validated and Merged recommendations in the filter, by id: the report's body.</summary>
    public List<RecommendationRow> Recommendations { get; set; } = [];

    /// <summary>All key recommendations of the event, both statuses, in their order.</summary>
    public List<KeyRow> KeyRecommendations { get; set; } = [];

    /// <summary>When the filter has facets beyond areas and clusters: ids of the reported recommendations they match.</summary>
    public HashSet<int>? SourceScope { get; set; }
}
