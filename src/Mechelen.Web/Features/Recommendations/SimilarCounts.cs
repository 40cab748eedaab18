using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// "3 similar" hints for the rows of a list page. The list fetches them after it is shown, so the
/// similarity searches (one per row) never slow the list itself, and each row's count is cached under the
/// change stamp like the list's figures; without script the detail page lists them.
/// </summary>
public static class SimilarCounts
{
    public const int MaxIds = RecommendationFilter.MaxPageSize;
    public const int MaxShown = 9;

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search, FiguresCache cache, RecommendationScope.Resolver scopes)
    {
        public async Task<Dictionary<int, int>> HandleAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
        {
            var wanted = ids.Distinct().Take(MaxIds).ToList();
            var stamp = await FiguresCache.StampAsync(db, cancellationToken);
            // A count depends only on the row (similarity never looks at drafts), so it is cached per row, once the row is known to be visible.
            var scope = await scopes.GetAsync(cancellationToken);
            var rows = await scope.Visible(db.Recommendations.AsNoTracking())
                .Where(r => wanted.Contains(r.Id) && r.Status != RecommendationStatus.Merged)
                .Select(r => new { r.Id, r.EventId, r.Text })
                .ToListAsync(cancellationToken);
            var counts = new Dictionary<int, int>();
            foreach (var row in rows)
            {
                // Like the list, cached under the change stamp unless the index catches up after the commit.
                async Task<int> CountAsync() => (await search.FindSimilarAsync(row.EventId, row.Text, MaxShown, row.Id, cancellationToken)).Count;
                var count = search.FindsWritesAtOnce ? await cache.GetOrCreateAsync(stamp, $"similar|{row.Id}", CountAsync) : await CountAsync();
                if (count > 0)
                {
                    counts[row.Id] = count;
                }
            }

            return counts;
        }
    }
}
