using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>A key recommendation with its sources (each with its own text, session and status) and its history.</summary>
public static class KeyRecommendationDetails
{
    public sealed record Source(int Id, string Text, int SessionId, string SessionTitle, DateTime SessionStartsAt, RecommendationStatus Status, RecommendationStatus? StatusBeforeMerge);

    public sealed record AreaOption(string Code, string Name);

    public sealed record Model(
        int Id, string AreaCode, string AreaName, int Order, int AreaCount, string Wording,
        KeyRecommendationStatus Status, string CreatedByName, DateTime CreatedAt, DateTime UpdatedAt, int Version,
        IReadOnlyList<Source> Sources)
    {
        public IReadOnlyList<AreaOption> Areas { get; init; } = [];

        /// <summary>Its <c>area.n</c>, as the report numbers it.</summary>
        public string Number { get; init; } = "";

        /// <summary>Recommendations an officer searched for to add as sources (none until they search).</summary>
        public IReadOnlyList<SourceCandidates.Candidate> Candidates { get; init; } = [];

        public string? Query { get; init; }
        public IReadOnlyList<HistoryItem> History { get; init; } = [];

        /// <summary>The event's time zone, in which the page shows times.</summary>
        public string TimeZone { get; init; } = "UTC";
    }

    /// <summary>The areas to choose from, in order, named in the language of <paramref name="names"/>.</summary>
    public static IReadOnlyList<AreaOption> AreaOptions(TaxonomyNames names) => names.Areas.Select(a => new AreaOption(a.Code, a.Name)).ToList();

    public sealed class Handler(MechelenDbContext db, TaxonomyReader taxonomies, HistoryPresenter history, IRecommendationTextSearch search, RecommendationScope.Resolver scopes)
    {
        public async Task<Model?> HandleAsync(int id, CancellationToken cancellationToken, string? query = null)
        {
            var model = await db.KeyRecommendations.AsNoTracking().Where(k => k.Id == id)
                .Select(k => new Model(k.Id, k.GovernanceArea.Code, k.GovernanceArea.Name, k.Order,
                    db.KeyRecommendations.Count(o => o.EventId == k.EventId && o.GovernanceAreaId == k.GovernanceAreaId),
                    k.Wording, k.Status, k.CreatedByName, k.CreatedAt, k.UpdatedAt, k.Version,
                    k.Sources.OrderBy(s => s.Recommendation.Session.StartsAt).ThenBy(s => s.RecommendationId)
                        .Select(s => new Source(s.RecommendationId, s.Recommendation.Text, s.Recommendation.SessionId, s.Recommendation.Session.Title,
                            s.Recommendation.Session.StartsAt, s.Recommendation.Status, s.Recommendation.StatusBeforeMerge)).ToList()))
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (model is null)
            {
                return null;
            }

            var names = await taxonomies.NamesAsync(cancellationToken);
            var ev = await db.KeyRecommendations.Where(k => k.Id == id)
                .Join(db.Events, k => k.EventId, e => e.Id, (_, e) => new { e.Id, e.TimeZone }).FirstAsync(cancellationToken);
            var timeZone = ev.TimeZone;
            var numbers = await KeyNumbers.OfEventAsync(db, ev.Id, cancellationToken);
            var changes = await history.OfAsync(nameof(KeyRecommendation), id, timeZone, cancellationToken);
            return model with
            {
                AreaName = names.Areas.FirstOrDefault(a => a.Code == model.AreaCode)?.Name ?? model.AreaName,
                Sources = model.Sources.Select(s => s with { SessionTitle = names.FindSession(s.SessionId)?.Title ?? s.SessionTitle }).ToList(),
                Areas = AreaOptions(names),
                Number = numbers.Label(id),
                Query = query,
                Candidates = await SourceCandidates.FindAsync(db, search, await scopes.GetAsync(cancellationToken), names, ev.Id, query,
                    model.Sources.Select(s => s.Id).ToList(), cancellationToken),
                History = changes,
                TimeZone = timeZone,
            };
        }
    }
}
