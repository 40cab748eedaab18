using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Search;

/// <summary>
/// SQL Server without a full-text catalogue: LIKE under an accent- and case-insensitive collation, so
/// "integracion" finds "integración" as FTS5 does on SQLite.
/// </summary>
public sealed class SqlServerRecommendationTextSearch(MechelenDbContext db) : IRecommendationTextSearch
{
    // LIKE reads the rows themselves.
    public bool FindsWritesAtOnce => true;

    public const string Collation = "Latin1_General_100_CI_AI";

    public IQueryable<int> Matching(string query)
    {
        var recommendations = db.Recommendations.AsQueryable();
        var translations = db.RecommendationTranslations.AsQueryable();
        foreach (var word in SearchTerms.Words(query))
        {
            recommendations = recommendations.Where(r =>
                EF.Functions.Collate(r.Text, Collation).Contains(word) ||
                (r.Rationale != null && EF.Functions.Collate(r.Rationale, Collation).Contains(word)));
            translations = translations.Where(t =>
                EF.Functions.Collate(t.Text, Collation).Contains(word) ||
                (t.Rationale != null && EF.Functions.Collate(t.Rationale, Collation).Contains(word)));
        }

        // Found by the original's words or by those of one of its translations.
        return recommendations.Select(r => r.Id).Union(translations.Select(t => t.RecommendationId));
    }

    public async Task<IReadOnlyList<SimilarRecommendation>> FindSimilarAsync(int eventId, string text, int take, int? excludeId, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Significant(text);
        if (terms.Count == 0)
        {
            return [];
        }

        // Candidates share at least one of the three longest words; the ranking below decides.
        var longest = terms.OrderByDescending(t => t.Length).Take(3).ToArray();
        var candidates = db.Recommendations.Where(r => r.EventId == eventId && r.Id != (excludeId ?? 0) && r.Status != RecommendationStatus.Draft);
        var first = longest[0];
        var second = longest.Length > 1 ? longest[1] : first;
        var third = longest.Length > 2 ? longest[2] : first;
        var ids = await candidates
            .Where(r => EF.Functions.Collate(r.Text, Collation).Contains(first)
                || EF.Functions.Collate(r.Text, Collation).Contains(second)
                || EF.Functions.Collate(r.Text, Collation).Contains(third))
            .OrderByDescending(r => r.Id).Take(100).Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return await SimilarityRanking.RankAsync(db, terms, ids, take, cancellationToken);
    }
}
