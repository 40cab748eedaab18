using Mechelen.Web.Data;
using Mechelen.Web.Domain;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// A filter's facets tested on one row's facet columns in memory: which facet, if any, the row misses. A row counts in
/// every facet when it misses none, and only in the one facet it misses when it misses exactly one: that facet's "rest of
/// the filter". The text is not tested here (the caller reads only rows that match it, or has none).
/// </summary>
public sealed class FacetMatch
{
    public const int Area = 1, Cluster = 2, Session = 3, Level = 4, Actor = 5, Status = 6, Language = 7, Untranslated = 8;

    private readonly long _areaMask;
    private readonly long _clusterMask;
    private readonly HashSet<int> _sessions;
    private readonly GovernanceLevels _levelMask;
    private readonly ActorGroups _actorMask;
    private readonly HashSet<RecommendationStatus> _statuses;
    private readonly HashSet<RecommendationLanguage> _languages;
    private readonly RecommendationLanguage[] _untranslated;
    private readonly bool _areaTicked;
    private readonly bool _clusterTicked;

    /// <param name="untranslated">Whether to test the "lacks a translation into" facet (rows that carry their translations' languages).</param>
    public FacetMatch(RecommendationFilter filter, FilterTaxonomy taxonomy, bool untranslated)
    {
        _areaMask = GovernanceArea.Mask(taxonomy.Areas.Where(a => filter.Area.Contains(a.Code)).Select(a => a.Id));
        _clusterMask = GovernanceArea.Mask(taxonomy.Areas.Where(a => a.Clusters.Any(filter.Cluster.Contains)).Select(a => a.Id));
        _sessions = filter.Session.ToHashSet();
        _levelMask = filter.Level.Aggregate(GovernanceLevels.None, (m, l) => m | l);
        _actorMask = filter.Actor.Aggregate(ActorGroups.None, (m, a) => m | a);
        _statuses = filter.Status.ToHashSet();
        _languages = filter.Language.ToHashSet();
        _untranslated = untranslated ? [.. filter.Untranslated.Distinct()] : [];
        // A cluster or area ticked that no area carries matches nothing, as the database's comparison does.
        _areaTicked = filter.Area.Count > 0;
        _clusterTicked = filter.Cluster.Count > 0;
    }

    /// <summary>0 when the row matches the whole filter; the facet it alone misses; -1 when it misses two or more.</summary>
    public int Missed(in RecommendationChanges.FacetRow r)
    {
        var missed = 0;
        if (_areaTicked && (r.AreaMask & _areaMask) == 0)
        {
            missed = Area;
        }

        if (_clusterTicked && (r.AreaMask & _clusterMask) == 0)
        {
            missed = missed == 0 ? Cluster : -1;
        }

        if (_sessions.Count > 0 && !_sessions.Contains(r.SessionId))
        {
            missed = missed == 0 ? Session : -1;
        }

        if (_levelMask != GovernanceLevels.None && (r.Levels & _levelMask) == GovernanceLevels.None)
        {
            missed = missed == 0 ? Level : -1;
        }

        if (_actorMask != ActorGroups.None && (r.Actors & _actorMask) == ActorGroups.None)
        {
            missed = missed == 0 ? Actor : -1;
        }

        if (_statuses.Count > 0 && !_statuses.Contains(r.Status))
        {
            missed = missed == 0 ? Status : -1;
        }

        if (_languages.Count > 0 && !_languages.Contains(r.Language))
        {
            missed = missed == 0 ? Language : -1;
        }

        if (_untranslated.Length > 0 && !LacksAny(r, _untranslated))
        {
            missed = missed == 0 ? Untranslated : -1;
        }

        return missed;
    }

    /// <summary>Whether the row, written in another language, has no translation into <paramref name="language"/>.</summary>
    public static bool Lacks(in RecommendationChanges.FacetRow r, RecommendationLanguage language) =>
        r.Language != language && (r.Translated & RecommendationChanges.Bit(language)) == 0;

    private static bool LacksAny(in RecommendationChanges.FacetRow r, RecommendationLanguage[] languages)
    {
        foreach (var language in languages)
        {
            if (Lacks(r, language))
            {
                return true;
            }
        }

        return false;
    }
}
