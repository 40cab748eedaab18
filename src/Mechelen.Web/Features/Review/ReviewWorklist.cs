using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Review;

/// <summary>
/// The review queue: the recommendations of the current filter, in its order, of which those still Submitted await
/// review. Where an officer is in it is worked out afresh at every step, so an item another officer validated or
/// rejected a moment ago is skipped rather than shown again.
/// </summary>
public static class ReviewWorklist
{
    /// <summary>Where an item stands: the item before it, the next one awaiting review after it, and the counts.</summary>
    public sealed record Position(int? Previous, int? Next, int Index, int Count, int Waiting);

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search, RecommendationScope.Resolver scopes, TaxonomyReader taxonomies)
    {
        /// <summary>The filter's items in order, each saying whether it awaits review; null when the filter names no event.</summary>
        public async Task<List<(int Id, bool Waiting)>?> ItemsAsync(RecommendationFilter filter, CancellationToken cancellationToken)
        {
            var taxonomy = FilterTaxonomy.For(await taxonomies.NamesAsync(cancellationToken), filter.Event);
            if (taxonomy is null)
            {
                return null;
            }

            filter.Normalize();
            taxonomy.RemoveUnknown(filter);
            // The status facet decides whether the queue has anything to review, never an item's place in it: an item
            // just validated keeps its place, so "next" continues after it.
            var reviewsSubmitted = filter.Status.Count == 0 || filter.Status.Contains(RecommendationStatus.Submitted);
            var ordering = filter.Copy(f => f.Status = []);
            var scope = await scopes.GetAsync(cancellationToken);
            var rows = await RecommendationFilter.Order(ordering.Apply(db.Recommendations.AsNoTracking(), taxonomy.Event.Id, search, scope), filter.Sort)
                .Select(r => new { r.Id, r.Status })
                .ToListAsync(cancellationToken);
            return rows.Select(r => (r.Id, reviewsSubmitted && r.Status == RecommendationStatus.Submitted)).ToList();
        }

        /// <summary>The first item awaiting review after <paramref name="after"/> (from the start when null or not in the queue).</summary>
        public static int? NextWaiting(List<(int Id, bool Waiting)> items, int? after)
        {
            var start = after is int id ? items.FindIndex(i => i.Id == id) + 1 : 0;
            for (var i = start; i < items.Count; i++)
            {
                if (items[i].Waiting)
                {
                    return items[i].Id;
                }
            }

            return null;
        }

        public static Position Locate(List<(int Id, bool Waiting)> items, int id)
        {
            var index = items.FindIndex(i => i.Id == id);
            return new Position(
                index > 0 ? items[index - 1].Id : null,
                NextWaiting(items, index >= 0 ? id : null) is int next && next != id ? next : null,
                index + 1, items.Count, items.Count(i => i.Waiting));
        }
    }
}
