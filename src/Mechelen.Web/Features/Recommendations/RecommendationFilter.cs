using Mechelen.Web.Domain;
using Mechelen.Web.Search;

namespace Mechelen.Web.Features.Recommendations;

public enum RecommendationSort
{
    Newest,
    Session,
    Area,
}

/// <summary>
/// The one filter behind the list, every export, the read API and the report: "what you see is what
/// you export". It binds from the query string (<c>?area=housing&amp;area=services&amp;level=Local&amp;q=…</c>),
/// so a filtered view is a URL that can be shared and bookmarked. Within a facet values are OR-ed,
/// across facets AND-ed.
/// </summary>
public sealed partial class RecommendationFilter
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>Event code; empty means the most recent event.</summary>
    public string? Event { get; set; }

    /// <summary>Governance area codes.</summary>
    public List<string> Area { get; set; } = [];

    /// <summary>GCM thematic cluster numbers (1–6), matched through the areas' mapping.</summary>
    public List<int> Cluster { get; set; } = [];

    /// <summary>Session ids.</summary>
    public List<int> Session { get; set; } = [];

    public List<GovernanceLevels> Level { get; set; } = [];

    public List<ActorGroups> Actor { get; set; } = [];

    public List<RecommendationStatus> Status { get; set; } = [];

    public List<RecommendationLanguage> Language { get; set; } = [];

    /// <summary>Languages a recommendation written in another language has no translation into yet (<c>?untranslated=French</c>).</summary>
    public List<RecommendationLanguage> Untranslated { get; set; } = [];

    /// <summary>Free text over text and rationale, diacritics-insensitive.</summary>
    public string? Q { get; set; }

    public RecommendationSort Sort { get; set; } = RecommendationSort.Newest;

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = DefaultPageSize;

    public bool HasText => !string.IsNullOrWhiteSpace(Q);

    /// <summary>
    /// Applies every facet and the text search to the recommendations of one event that the reader may see
    /// (no paging, no sort). The scope comes first, so no facet, count or search can reach past it.
    /// </summary>
    public IQueryable<Recommendation> Apply(IQueryable<Recommendation> source, int eventId, IRecommendationTextSearch search, RecommendationScope scope)
    {
        var query = scope.Visible(source).Where(r => r.EventId == eventId);
        if (Area.Count > 0)
        {
            var codes = Area;
            query = query.Where(r => r.Areas.Any(a => codes.Contains(a.Code)));
        }

        if (Cluster.Count > 0)
        {
            var numbers = Cluster;
            query = query.Where(r => r.Areas.Any(a => a.Clusters.Any(c => numbers.Contains(c.Number))));
        }

        return ApplyRest(query, search);
    }

    /// <summary>
    /// The same filter, with areas and clusters matched on <see cref="Recommendation.AreaMask"/> through the
    /// taxonomy's area ids (one comparison on the row instead of a join per facet).
    /// </summary>
    public IQueryable<Recommendation> Apply(IQueryable<Recommendation> source, FilterTaxonomy taxonomy, IRecommendationTextSearch search, RecommendationScope scope)
    {
        var eventId = taxonomy.Event.Id;
        var query = scope.Visible(source).Where(r => r.EventId == eventId);
        if (Area.Count > 0)
        {
            var mask = GovernanceArea.Mask(taxonomy.Areas.Where(a => Area.Contains(a.Code)).Select(a => a.Id));
            query = query.Where(r => (r.AreaMask & mask) != 0);
        }

        if (Cluster.Count > 0)
        {
            var mask = GovernanceArea.Mask(taxonomy.Areas.Where(a => a.Clusters.Any(Cluster.Contains)).Select(a => a.Id));
            query = query.Where(r => (r.AreaMask & mask) != 0);
        }

        return ApplyRest(query, search);
    }

    private IQueryable<Recommendation> ApplyRest(IQueryable<Recommendation> query, IRecommendationTextSearch search)
    {
        if (Session.Count > 0)
        {
            var sessions = Session;
            query = query.Where(r => sessions.Contains(r.SessionId));
        }

        if (Level.Count > 0)
        {
            var mask = Level.Aggregate(GovernanceLevels.None, (m, l) => m | l);
            query = query.Where(r => (r.Levels & mask) != GovernanceLevels.None);
        }

        if (Actor.Count > 0)
        {
            var mask = Actor.Aggregate(ActorGroups.None, (m, a) => m | a);
            query = query.Where(r => (r.Actors & mask) != ActorGroups.None);
        }

        if (Status.Count > 0)
        {
            var statuses = Status;
            query = query.Where(r => statuses.Contains(r.Status));
        }

        if (Language.Count > 0)
        {
            var languages = Language;
            query = query.Where(r => languages.Contains(r.Language));
        }

        if (Untranslated.Count > 0)
        {
            // Three flags rather than a list: the condition reads the same on both providers.
            bool en = Untranslated.Contains(RecommendationLanguage.English), fr = Untranslated.Contains(RecommendationLanguage.French),
                es = Untranslated.Contains(RecommendationLanguage.Spanish);
            query = query.Where(r =>
                (en && r.Language != RecommendationLanguage.English && !r.Translations.Any(t => t.Language == RecommendationLanguage.English))
                || (fr && r.Language != RecommendationLanguage.French && !r.Translations.Any(t => t.Language == RecommendationLanguage.French))
                || (es && r.Language != RecommendationLanguage.Spanish && !r.Translations.Any(t => t.Language == RecommendationLanguage.Spanish)));
        }

        if (HasText)
        {
            var ids = search.Matching(Q!);
            query = query.Where(r => ids.Contains(r.Id));
        }

        return query;
    }

    public static IOrderedQueryable<Recommendation> Order(IQueryable<Recommendation> query, RecommendationSort sort) => sort switch
    {
        RecommendationSort.Session => query.OrderBy(r => r.Session.StartsAt).ThenBy(r => r.Id),
        RecommendationSort.Area => query.OrderBy(r => r.Areas.Min(a => (int?)a.Order) ?? int.MaxValue).ThenBy(r => r.Id),
        _ => query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
    };
}
