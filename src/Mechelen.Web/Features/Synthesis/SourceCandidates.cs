using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>
/// Recommendations an officer finds by searching their words, to add to a merge or to a key recommendation:
/// sources are chosen from what they say, never by typing their numbers. Only what can be merged is offered.
/// </summary>
public static class SourceCandidates
{
    public const int Max = 10;

    public sealed record Candidate(
        int Id, int Version, string Text, int SessionId, string SessionTitle, RecommendationStatus Status, RecommendationLanguage Language);

    public static async Task<IReadOnlyList<Candidate>> FindAsync(
        MechelenDbContext db, IRecommendationTextSearch search, RecommendationScope scope, TaxonomyNames names,
        int eventId, string? query, IReadOnlyCollection<int> exclude, CancellationToken cancellationToken)
    {
        if (SearchTerms.Words(query).Count == 0)
        {
            return [];
        }

        var matching = search.Matching(query!);
        var excluded = exclude.ToList();
        var found = await scope.Visible(db.Recommendations.AsNoTracking())
            .Where(r => r.EventId == eventId && matching.Contains(r.Id) && !excluded.Contains(r.Id)
                && (r.Status == RecommendationStatus.Submitted || r.Status == RecommendationStatus.Validated))
            .OrderByDescending(r => r.Id).Take(Max)
            .Select(r => new Candidate(r.Id, r.Version, r.Text, r.SessionId, r.Session.Title, r.Status, r.Language))
            .ToListAsync(cancellationToken);
        return found.Select(c => c with { SessionTitle = names.FindSession(c.SessionId)?.Title ?? c.SessionTitle }).ToList();
    }
}

/// <summary>
/// Search results offered as sources, each with its own button: to a key recommendation's sources (<paramref name="Version"/>
/// set, posting <c>Ids</c>) or to the merge basket (posting <c>Id</c>, then back to <paramref name="ReturnUrl"/>).
/// </summary>
public sealed record CandidateList(IReadOnlyList<SourceCandidates.Candidate> Candidates, string Action, int? Version, string? ReturnUrl = null);
