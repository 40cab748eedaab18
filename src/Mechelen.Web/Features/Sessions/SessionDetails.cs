using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>One session of the programme, with its event and its number of recommendations.</summary>
public static class SessionDetails
{
    public sealed record Model(
        int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt,
        string? Moderator, string? Organiser, string? Focus, string? Room,
        string EventCode, string EventName, string EventCity, int Recommendations);

    public sealed class Handler(MechelenDbContext db, SessionCounts counts)
    {
        public async Task<Model?> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new
                {
                    s.EventId,
                    Model = new Model(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, s.Focus, s.Room,
                    s.Event.Code, s.Event.Name, s.Event.City, 0)
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (session is null)
            {
                return null;
            }

            var perSession = await counts.ForEventAsync(session.EventId, cancellationToken);
            return session.Model with { Recommendations = perSession.GetValueOrDefault(id) };
        }
    }
}
