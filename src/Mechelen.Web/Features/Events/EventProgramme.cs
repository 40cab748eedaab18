using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Sessions;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Events;

/// <summary>The event home: the programme grouped by day, with each session's number of recommendations.</summary>
public static class EventProgramme
{
    public sealed record Model(EventSummary Event, IReadOnlyList<Day> Days, IReadOnlyList<EventLink> OtherEvents)
    {
        public int TotalRecommendations => Days.Sum(d => d.Sessions.Sum(s => s.Recommendations));
    }

    public sealed record EventSummary(
        int Id, string Code, string Name, string City, string Country, DateOnly StartDate, DateOnly EndDate,
        string Hosts, string Partners, string Purpose, string? Description, bool ReportFinal);

    public sealed record Day(DateOnly Date, IReadOnlyList<SessionRow> Sessions);

    public sealed record SessionRow(
        int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt,
        string? Moderator, string? Organiser, int Recommendations);

    public sealed record EventLink(string Code, string Name, DateOnly StartDate);

    public sealed class Handler(MechelenDbContext db, SessionCounts counts, TaxonomyReader taxonomies)
    {
        /// <summary>The event with this code, or the most recent one when no code is given; null when there is none.</summary>
        public async Task<Model?> HandleAsync(string? code, CancellationToken cancellationToken)
        {
            var events = db.Events.AsNoTracking();
            var ev = await (code is null ? events.OrderByDescending(e => e.StartDate) : events.Where(e => e.Code == code))
                .Select(e => new EventSummary(e.Id, e.Code, e.Name, e.City, e.Country, e.StartDate, e.EndDate,
                    e.Hosts, e.Partners, e.Purpose, e.Description, e.ReportFinalizedAt != null))
                .FirstOrDefaultAsync(cancellationToken);
            if (ev is null)
            {
                return null;
            }

            var sessions = await db.Sessions.AsNoTracking()
                .Where(s => s.EventId == ev.Id)
                .OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Title)
                .Select(s => new SessionRow(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, 0))
                .ToListAsync(cancellationToken);
            var perSession = await counts.ForEventAsync(ev.Id, cancellationToken);
            // Names, titles and descriptions in the reader's language where the programme has them translated.
            var names = await taxonomies.NamesAsync(cancellationToken);
            sessions = sessions.Select(s => s with
            {
                Title = names.FindSession(s.Id)?.Title ?? s.Title,
                Recommendations = perSession.GetValueOrDefault(s.Id),
            }).ToList();
            if (names.FindEvent(ev.Id) is { } translated)
            {
                ev = ev with { Name = translated.Name, Description = translated.Description };
            }

            var others = names.Events.Where(e => e.Id != ev.Id).Select(e => new EventLink(e.Code, e.Name, e.StartDate)).ToList();

            var days = sessions.GroupBy(s => DateOnly.FromDateTime(s.StartsAt))
                .Select(g => new Day(g.Key, g.ToList()))
                .ToList();
            return new Model(ev, days, others);
        }
    }
}
