namespace Mechelen.Web.Search;

/// <summary>
/// Full-text search over recommendations' text and rationale, and those of their translations, with each provider's best tool behind
/// one interface: SQLite FTS5 (diacritics folded by the tokenizer); SQL Server a diacritics-insensitive
/// collation with LIKE, which needs no full-text catalogue, or, with <c>Database:SqlServerFullText</c>,
/// its full-text index through CONTAINSTABLE.
/// </summary>
public interface IRecommendationTextSearch
{
    /// <summary>
    /// Whether a committed write is found by the next search. False for an index that catches up
    /// afterwards (SQL Server full-text): results of a text search are then never cached.
    /// </summary>
    bool FindsWritesAtOnce { get; }

    /// <summary>Ids of recommendations containing every word of <paramref name="query"/> (as a prefix), as a composable query; an id may come more than once.</summary>
    IQueryable<int> Matching(string query);

    /// <summary>Up to <paramref name="take"/> recommendations of the event that say nearly the same thing as <paramref name="text"/>, most similar first.</summary>
    Task<IReadOnlyList<SimilarRecommendation>> FindSimilarAsync(int eventId, string text, int take, int? excludeId, CancellationToken cancellationToken);
}

public sealed record SimilarRecommendation(int Id, string Text, int SessionId, string SessionTitle, double Score);
