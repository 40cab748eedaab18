using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Search;

/// <summary>FTS5 over the <c>RecommendationsFts</c> table the SQLite migration creates and its triggers keep in sync.</summary>
public sealed class SqliteRecommendationTextSearch(MechelenDbContext db) : IRecommendationTextSearch
{
    // The FTS5 table is written by triggers in the same transaction as the row.
    public bool FindsWritesAtOnce => true;

    public IQueryable<int> Matching(string query)
    {
        var words = SearchTerms.Words(query);
        if (words.Count == 0)
        {
            return db.Recommendations.Select(r => r.Id);
        }

        // Each word quoted (so FTS5 syntax in user input is inert) and matched as a prefix; all must occur.
        var match = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
        // Found by the original's words or by those of one of its translations (their own FTS5 table). UNION ALL: an id may come
        // twice, which neither `IN` nor a set minds, and a common word's tens of thousands of ids are not sorted to remove it.
        return db.Database.SqlQuery<int>(
            $"SELECT rowid AS Value FROM RecommendationsFts WHERE RecommendationsFts MATCH {match} UNION ALL SELECT t.RecommendationId AS Value FROM RecommendationTranslationsFts f JOIN RecommendationTranslations t ON t.Id = f.rowid WHERE RecommendationTranslationsFts MATCH {match}");
    }

    public async Task<IReadOnlyList<SimilarRecommendation>> FindSimilarAsync(int eventId, string text, int take, int? excludeId, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Significant(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var match = string.Join(" OR ", terms.Select(w => $"\"{w}\"*"));
        var exclude = excludeId ?? 0;
        var candidates = await db.Database.SqlQuery<int>(
                $"SELECT f.rowid AS Value FROM RecommendationsFts f JOIN Recommendations r ON r.Id = f.rowid WHERE RecommendationsFts MATCH {match} AND r.EventId = {eventId} AND r.Id <> {exclude} AND r.Status <> 'Draft' ORDER BY bm25(RecommendationsFts) LIMIT 30")
            .ToListAsync(cancellationToken);
        return await SimilarityRanking.RankAsync(db, terms, candidates, take, cancellationToken);
    }
}
