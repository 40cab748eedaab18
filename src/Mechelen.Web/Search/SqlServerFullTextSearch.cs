using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Search;

/// <summary>
/// SQL Server with the full-text index that <c>Search/SqlServerFullText.sql</c> creates (turned on by
/// <c>Database:SqlServerFullText</c>): prefix terms through CONTAINSTABLE; the catalogue is
/// accent-insensitive, so "integracion" finds "integración".
/// </summary>
public sealed class SqlServerFullTextSearch(MechelenDbContext db) : IRecommendationTextSearch
{
    // The full-text index is populated in the background after each commit.
    public bool FindsWritesAtOnce => false;

    public const string ScriptPath = "Search/SqlServerFullText.sql";

    /// <summary>Run at startup when full-text is on: the number of full-text indexes on Recommendations and their translations (0 to 2).</summary>
    public const string IndexCountSql =
        "SELECT COUNT(*) AS Value FROM sys.fulltext_indexes WHERE object_id IN (OBJECT_ID(N'dbo.Recommendations'), OBJECT_ID(N'dbo.RecommendationTranslations'))";

    /// <summary>The indexes the script creates: one on the recommendations, one on their translations.</summary>
    public const int IndexCount = 2;

    private const int CandidateCount = 30;

    public IQueryable<int> Matching(string query)
    {
        var recommendations = db.Recommendations.AsQueryable();
        var translations = db.RecommendationTranslations.AsQueryable();

        // One CONTAINSTABLE per word: with a column list, all terms of one condition must occur in the
        // same column, and a word may be in the text while another is only in the rationale. A
        // recommendation is found by its original or by one of its translations.
        foreach (var condition in Conditions(query))
        {
            var ids = db.Database.SqlQuery<int>(
                $"SELECT [KEY] AS Value FROM CONTAINSTABLE(Recommendations, ([Text], [Rationale]), {condition})");
            recommendations = recommendations.Where(r => ids.Contains(r.Id));
            var translated = db.Database.SqlQuery<int>(
                $"SELECT [KEY] AS Value FROM CONTAINSTABLE(RecommendationTranslations, ([Text], [Rationale]), {condition})");
            translations = translations.Where(t => translated.Contains(t.Id));
        }

        return recommendations.Select(r => r.Id).Union(translations.Select(t => t.RecommendationId));
    }

    public async Task<IReadOnlyList<SimilarRecommendation>> FindSimilarAsync(int eventId, string text, int take, int? excludeId, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Significant(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var ids = await SimilarCandidates(eventId, terms, excludeId).ToListAsync(cancellationToken);
        return await SimilarityRanking.RankAsync(db, terms, ids, take, cancellationToken);
    }

    /// <summary>
    /// The recommendations of the event sharing a significant word with the text, best ranked first.
    /// Only the text is searched, because the ranking that follows compares texts.
    /// </summary>
    internal IQueryable<int> SimilarCandidates(int eventId, IEnumerable<string> terms, int? excludeId)
    {
        var condition = string.Join(" OR ", terms.Order(StringComparer.Ordinal).Select(PrefixTerm));
        var hits = db.Database.SqlQuery<FullTextHit>(
            $"SELECT [KEY] AS [Key], [RANK] AS [Rank] FROM CONTAINSTABLE(Recommendations, [Text], {condition})");
        var exclude = excludeId ?? 0;
        return db.Recommendations
            .Where(r => r.EventId == eventId && r.Id != exclude && r.Status != RecommendationStatus.Draft)
            .Join(hits, r => r.Id, h => h.Key, (r, h) => new { r.Id, h.Rank })
            .OrderByDescending(x => x.Rank).ThenByDescending(x => x.Id)
            .Take(CandidateCount)
            .Select(x => x.Id);
    }

    /// <summary>
    /// One search condition per word of the query. Words hold only letters and digits (see
    /// <see cref="SearchTerms.Words"/>) and each is quoted, so CONTAINS syntax typed by a user
    /// (quotes, OR, NEAR, *) is searched for as words, never obeyed.
    /// </summary>
    internal static IReadOnlyList<string> Conditions(string query) => SearchTerms.Words(query).Select(PrefixTerm).ToList();

    private static string PrefixTerm(string word) => $"\"{word}*\"";

    internal sealed record FullTextHit(int Key, int Rank);
}
