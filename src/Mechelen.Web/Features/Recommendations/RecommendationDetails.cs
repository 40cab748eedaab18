using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>One recommendation with everything an officer needs to review it: fields, session, who captured it, its history and near-duplicates.</summary>
public static class RecommendationDetails
{
    public sealed record Model(
        int Id, int EventId, int SessionId, string SessionTitle, DateTime SessionStartsAt,
        string Text, string? Rationale, IReadOnlyList<string> Areas, GovernanceLevels Levels, ActorGroups Actors,
        RecommendationLanguage Language, RecommendationStatus Status, RecommendationStatus? StatusBeforeMerge, string? RejectionReason,
        string CapturedByName, IReadOnlyList<string> CapturedByRoles, DateTime CreatedAt, DateTime UpdatedAt, int Version,
        KeyLink? KeyRecommendation)
    {
        public IReadOnlyList<HistoryItem> History { get; init; } = [];
        public IReadOnlyList<SimilarRecommendation> Similar { get; init; } = [];
        public FilterTaxonomy Taxonomy { get; init; } = null!;

        /// <summary>The event's time zone, in which the page shows times.</summary>
        public string TimeZone { get; init; } = "UTC";
    }

    public sealed record KeyLink(int Id, string Wording, KeyRecommendationStatus Status)
    {
        /// <summary>Its <c>area.n</c>, as the report numbers it.</summary>
        public string Number { get; init; } = "";
    }

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search, RecommendationScope.Resolver scopes, HistoryPresenter history, TaxonomyReader taxonomies)
    {
        /// <summary>Null when there is no such recommendation within the reader's scope (someone else's draft is not found).</summary>
        public async Task<Model?> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var scope = await scopes.GetAsync(cancellationToken);
            var found = await scope.Visible(db.Recommendations.AsNoTracking()).Where(r => r.Id == id)
                .Select(r => new
                {
                    EventCode = db.Events.Where(e => e.Id == r.EventId).Select(e => e.Code).First(),
                    TimeZone = db.Events.Where(e => e.Id == r.EventId).Select(e => e.TimeZone).First(),
                    Model = new Model(r.Id, r.EventId, r.SessionId, r.Session.Title, r.Session.StartsAt,
                        r.Text, r.Rationale, r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList(), r.Levels, r.Actors,
                        r.Language, r.Status, r.StatusBeforeMerge, r.RejectionReason, r.CapturedByName,
                        db.UserRoles.Where(ur => ur.UserId == r.CapturedById)
                            .Join(db.Roles, ur => ur.RoleId, role => role.Id, (_, role) => role.Name!).ToList(),
                        r.CreatedAt, r.UpdatedAt, r.Version,
                        r.KeySources.Select(k => new KeyLink(k.KeyRecommendationId, k.KeyRecommendation.Wording, k.KeyRecommendation.Status)).FirstOrDefault()),
                })
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                return null;
            }

            var model = found.Model;
            var names = await taxonomies.NamesAsync(cancellationToken);
            var taxonomy = FilterTaxonomy.For(names, found.EventCode);
            var changes = await history.OfAsync(nameof(Recommendation), id, found.TimeZone, cancellationToken);
            var similar = (await search.FindSimilarAsync(model.EventId, model.Text, 5, id, cancellationToken))
                .Select(s => s with { SessionTitle = names.FindSession(s.SessionId)?.Title ?? s.SessionTitle }).ToList();
            var numbers = model.KeyRecommendation is null ? null : await Synthesis.KeyNumbers.OfEventAsync(db, model.EventId, cancellationToken);
            return model with
            {
                KeyRecommendation = model.KeyRecommendation is { } key ? key with { Number = Synthesis.KeyNumbers.Label(numbers!, key.Id) } : null,
                SessionTitle = names.FindSession(model.SessionId)?.Title ?? model.SessionTitle,
                History = changes,
                Similar = similar,
                Taxonomy = taxonomy!,
                TimeZone = found.TimeZone,
            };
        }
    }
}
