using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports;

public static partial class OutcomeReport
{
    /// <summary>The report, or why there is none: an unknown event (<see cref="NotFound"/>) or a filter naming unknown areas, clusters or sessions.</summary>
    public sealed record Result(Model? Report, Message? Error, bool NotFound)
    {
        public static Result Fail(Message error, bool notFound = false) => new(null, error, notFound);
    }

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search, TimeProvider clock, TaxonomyReader taxonomies)
    {
        internal static readonly RecommendationStatus[] Reported = [RecommendationStatus.Validated, RecommendationStatus.Merged];

        private static readonly RecommendationStatus[] Captured =
            [RecommendationStatus.Submitted, RecommendationStatus.Validated, RecommendationStatus.Rejected, RecommendationStatus.Merged];

        public async Task<Result> HandleAsync(RecommendationFilter filter, CancellationToken cancellationToken)
        {
            var events = db.Events.AsNoTracking();
            var ev = await (string.IsNullOrWhiteSpace(filter.Event)
                    ? events.OrderByDescending(e => e.StartDate)
                    : events.Where(e => e.Code == filter.Event))
                .Select(e => new EventRow(e.Id, e.Code, e.Name, e.City, e.Country, e.StartDate, e.EndDate, e.TimeZone,
                    e.Hosts, e.Partners, e.Purpose, e.ReportFinalizedAt, e.ReportFinalizedBy))
                .FirstOrDefaultAsync(cancellationToken);
            if (ev is null)
            {
                return Result.Fail(string.IsNullOrWhiteSpace(filter.Event)
                    ? new Message("There is no event to report on.")
                    : new Message("There is no event with code '{0}'.", filter.Event), notFound: true);
            }

            // The taxonomy comes from the one cached read model, in the original wording until the report has a language of its own.
            var names = await taxonomies.NamesAsync(language: null, cancellationToken);
            var data = new ReportData { Event = ev };
            data.Areas = names.Areas.Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Description ?? "", [.. a.Clusters])).ToList();
            data.Clusters = names.Clusters.Select(c => new ClusterRow(c.Number, c.ShortTitle)).ToList();
            data.Sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == ev.Id)
                .OrderBy(s => s.StartsAt).ThenBy(s => s.Title)
                .Select(s => new SessionRow(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, s.Room))
                .ToListAsync(cancellationToken);
            var error = Validate(filter, data);
            if (error is not null)
            {
                return Result.Fail(error);
            }

            data.Labels = [.. names.Levels.Select(l => new LabelRow(TaxonomyLists.Level, l.Value, l.Name)),
                .. names.Actors.Select(l => new LabelRow(TaxonomyLists.Actor, l.Value, l.Name))];
            data.Captured = await Scoped(filter, ev.Id, Captured)
                .Select(r => new CapturedRow(r.Id, r.Status, r.SessionId, r.CapturedById ?? r.CapturedByName, r.CreatedAt, r.Language))
                .ToListAsync(cancellationToken);
            data.Recommendations = await Scoped(filter, ev.Id, Reported).OrderBy(r => r.Id)
                .Select(r => new RecommendationRow(r.Id, r.SessionId, r.Text, r.Levels, r.Actors, r.Language,
                    r.Areas.Select(a => a.Id).ToList()))
                .ToListAsync(cancellationToken);
            data.KeyRecommendations = await db.KeyRecommendations.AsNoTracking().Where(k => k.EventId == ev.Id)
                .OrderBy(k => k.Order).ThenBy(k => k.Id)
                .Select(k => new KeyRow(k.Id, k.GovernanceAreaId, k.Wording, k.Status,
                    k.Sources.Where(s => Reported.Contains(s.Recommendation.Status)).OrderBy(s => s.RecommendationId)
                        .Select(s => new SourceRow(s.RecommendationId, s.Recommendation.SessionId, s.Recommendation.Levels, s.Recommendation.Actors))
                        .ToList()))
                .ToListAsync(cancellationToken);
            if (HasRecommendationFacets(filter))
            {
                // Key recommendations are chosen by their own area; the other facets keep those that drew on a matching contribution.
                var withoutAreas = filter.Copy(f => f.Status = [.. Reported]);
                withoutAreas.Area = [];
                withoutAreas.Cluster = [];
                data.SourceScope = (await withoutAreas.Apply(db.Recommendations.AsNoTracking(), ev.Id, search, RecommendationScope.Submitted)
                    .Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            return new Result(ReportBuilder.Build(data, filter, now), null, false);
        }

        /// <summary>
        /// The list's facets, with the statuses the report decides on (a status in the query cannot put an unvalidated
        /// recommendation in a report), over what left the rapporteurs: the report is the same whoever downloads it.
        /// </summary>
        private IQueryable<Recommendation> Scoped(RecommendationFilter filter, int eventId, RecommendationStatus[] statuses)
        {
            var copy = filter.Copy(f => f.Status = [.. statuses]);
            return copy.Apply(db.Recommendations.AsNoTracking(), eventId, search, RecommendationScope.Submitted);
        }

        private static bool HasRecommendationFacets(RecommendationFilter f) =>
            f.Session.Count > 0 || f.Level.Count > 0 || f.Actor.Count > 0 || f.Language.Count > 0 || f.HasText;

        private static Message? Validate(RecommendationFilter filter, ReportData data)
        {
            var unknownAreas = filter.Area.Except(data.Areas.Select(a => a.Code), StringComparer.Ordinal).ToList();
            if (unknownAreas.Count > 0)
            {
                return new Message("Unknown governance area {0}. Known areas: {1}.",
                    string.Join(", ", unknownAreas.Select(a => $"'{a}'")), string.Join(", ", data.Areas.Select(a => a.Code)));
            }

            var unknownClusters = filter.Cluster.Except(data.Clusters.Select(c => c.Number)).ToList();
            if (unknownClusters.Count > 0)
            {
                return new Message("Unknown GCM cluster {0}. Clusters are numbered {1} to {2}.",
                    string.Join(", ", unknownClusters), data.Clusters.Min(c => c.Number), data.Clusters.Max(c => c.Number));
            }

            var unknownSessions = filter.Session.Except(data.Sessions.Select(s => s.Id)).ToList();
            return unknownSessions.Count > 0
                ? new Message("Session {0} is not part of the event '{1}'.", string.Join(", ", unknownSessions), data.Event.Code)
                : null;
        }
    }
}
