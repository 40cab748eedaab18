using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>Rapporteurs × the sessions of one event, ticked where a person reports on a session; saved as a whole.</summary>
public static class AssignmentGrid
{
    public sealed record Person(string Id, string Name, string Email);

    public sealed record Column(int Id, string Title, DateTime StartsAt);

    public sealed record Model(IReadOnlyList<(int Id, string Name)> Events, int? EventId, IReadOnlyList<Person> People, IReadOnlyList<Column> Sessions,
        IReadOnlySet<(string UserId, int SessionId)> Assigned);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public async Task<Model> LoadAsync(int? eventId, CancellationToken cancellationToken)
        {
            var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
            eventId = events.Any(e => e.Id == eventId) ? eventId : events.FirstOrDefault()?.Id;
            var roleId = await db.Roles.Where(r => r.Name == Roles.Rapporteur).Select(r => r.Id).FirstAsync(cancellationToken);
            var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
                .OrderBy(u => u.DisplayName).Select(u => new Person(u.Id, u.DisplayName, u.Email ?? "")).ToListAsync(cancellationToken);
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Title)
                .Select(s => new Column(s.Id, s.Title, s.StartsAt)).ToListAsync(cancellationToken);
            var assigned = await db.RapporteurAssignments.AsNoTracking().Where(a => a.Session.EventId == eventId)
                .Select(a => new { a.UserId, a.SessionId }).ToListAsync(cancellationToken);
            return new Model(events.Select(e => (e.Id, e.Name)).ToList(), eventId, people, sessions, assigned.Select(a => (a.UserId, a.SessionId)).ToHashSet());
        }

        /// <summary>Makes the event's assignments of the people shown exactly the ticked pairs (<c>userId:sessionId</c>); false for an unknown event.</summary>
        public async Task<bool> SaveAsync(int eventId, IReadOnlyList<string> people, IReadOnlyList<string> ticked, CancellationToken cancellationToken)
        {
            var sessions = await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).ToListAsync(cancellationToken);
            if (sessions.Count == 0 && !await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
            {
                return false;
            }

            var known = await db.Users.Where(u => people.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
            var wanted = ticked.Select(t => t.Split(':')).Where(p => p.Length == 2 && int.TryParse(p[1], out _))
                .Select(p => (UserId: p[0], SessionId: int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))
                .Where(p => known.Contains(p.UserId) && sessions.Contains(p.SessionId)).ToHashSet();
            var current = await db.RapporteurAssignments.Where(a => known.Contains(a.UserId) && sessions.Contains(a.SessionId)).ToListAsync(cancellationToken);
            var removed = current.Where(a => !wanted.Contains((a.UserId, a.SessionId))).ToList();
            var added = wanted.Where(w => !current.Any(a => a.UserId == w.UserId && a.SessionId == w.SessionId)).ToList();
            db.RapporteurAssignments.RemoveRange(removed);
            db.RapporteurAssignments.AddRange(added.Select(a => new RapporteurAssignment { UserId = a.UserId, SessionId = a.SessionId }));
            if (removed.Count + added.Count > 0)
            {
                audit.Record("assignments-update", nameof(Event), eventId,
                    removed.Select(a => $"{a.UserId}:{a.SessionId}").Order().ToList(), added.Select(a => $"{a.UserId}:{a.SessionId}").Order().ToList());
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
