using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Search;

internal static class SimilarityRanking
{
    /// <summary>Share of significant words two notes must have in common to count as "nearly the same".</summary>
    public const double Threshold = 0.25;

    public static async Task<IReadOnlyList<SimilarRecommendation>> RankAsync(
        MechelenDbContext db, HashSet<string> terms, IReadOnlyCollection<int> candidateIds, int take, CancellationToken cancellationToken)
    {
        if (candidateIds.Count == 0)
        {
            return [];
        }

        var candidates = await db.Recommendations.AsNoTracking()
            .Where(r => candidateIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Text, r.SessionId, SessionTitle = r.Session.Title })
            .ToListAsync(cancellationToken);
        return candidates
            .Select(c => new SimilarRecommendation(c.Id, c.Text, c.SessionId, c.SessionTitle, SearchTerms.Similarity(terms, SearchTerms.Significant(c.Text))))
            .Where(c => c.Score >= Threshold)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Id)
            .Take(take)
            .ToList();
    }
}
