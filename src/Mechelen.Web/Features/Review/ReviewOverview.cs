using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Review;

/// <summary>Where an officer lands after signing in: what awaits review, by session and by area, and how far the review is.</summary>
public static class ReviewOverview
{
    /// <summary>Counts of one session, one area or the whole event. Captured is everything submitted, whatever happened to it since.</summary>
    public sealed record Progress(int Waiting, int Validated, int Merged, int Rejected)
    {
        public int Captured => Waiting + Validated + Merged + Rejected;

        /// <summary>Share reviewed, 0–100.</summary>
        public int Percent => Captured == 0 ? 0 : (int)Math.Round(100.0 * (Captured - Waiting) / Captured);

        public static Progress Of(IEnumerable<(RecommendationStatus Status, int Count)> counts)
        {
            var list = counts.ToList();
            int Sum(RecommendationStatus status) => list.Where(c => c.Status == status).Sum(c => c.Count);
            return new(Sum(RecommendationStatus.Submitted), Sum(RecommendationStatus.Validated), Sum(RecommendationStatus.Merged), Sum(RecommendationStatus.Rejected));
        }
    }

    public sealed record Row(string Name, string Query, Progress Progress);

    public sealed record Model(
        FilterTaxonomy Taxonomy, Progress Total, IReadOnlyList<Row> Sessions, IReadOnlyList<Row> Areas,
        IReadOnlyList<UndoReview.Offer> Undo, int Basket, int Suggestions);

    public sealed class Handler(MechelenDbContext db, RecommendationScope.Resolver scopes, TaxonomyReader taxonomies, UndoReview.Handler undo, Duplicates.DuplicateSuggestions.Handler duplicates)
    {
        public async Task<Model?> HandleAsync(string? eventCode, int basket, CancellationToken cancellationToken)
        {
            var taxonomy = FilterTaxonomy.For(await taxonomies.NamesAsync(cancellationToken), eventCode);
            if (taxonomy is null)
            {
                return null;
            }

            var scope = await scopes.GetAsync(cancellationToken);
            var eventId = taxonomy.Event.Id;
            var visible = scope.Visible(db.Recommendations.AsNoTracking()).Where(r => r.EventId == eventId && r.Status != RecommendationStatus.Draft);
            var bySession = await visible.GroupBy(r => new { r.SessionId, r.Status })
                .Select(g => new { g.Key.SessionId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
            var byArea = await db.RecommendationAreas.AsNoTracking()
                .Join(visible, ra => ra.RecommendationId, r => r.Id, (ra, r) => new { ra.GovernanceAreaId, r.Status })
                .GroupBy(x => new { x.GovernanceAreaId, x.Status })
                .Select(g => new { g.Key.GovernanceAreaId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
            var prefix = $"event={Uri.EscapeDataString(taxonomy.Event.Code)}&";
            var sessions = taxonomy.Sessions
                .Select(s => new Row(s.Title, $"?{prefix}session={s.Id}", Progress.Of(bySession.Where(c => c.SessionId == s.Id).Select(c => (c.Status, c.Count)))))
                .Where(r => r.Progress.Captured > 0).ToList();
            var areas = taxonomy.Areas
                .Select(a => new Row(a.Name, $"?{prefix}area={Uri.EscapeDataString(a.Code)}", Progress.Of(byArea.Where(c => c.GovernanceAreaId == a.Id).Select(c => (c.Status, c.Count)))))
                .Where(r => r.Progress.Captured > 0).ToList();
            var total = Progress.Of(bySession.Select(c => (c.Status, c.Count)));
            var suggestions = (await duplicates.HandleAsync(taxonomy.Event.Code, null, cancellationToken))?.Suggestions.Count ?? 0;
            return new Model(taxonomy, total, sessions, areas, await undo.OffersAsync(cancellationToken), basket, suggestions);
        }
    }
}
