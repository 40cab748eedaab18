using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The Capture policy says "is a rapporteur"; this says "is a rapporteur of this session". Both are
/// needed: a rapporteur captures only in the sessions an administrator assigned to them.
/// </summary>
public sealed class CaptureAccess(MechelenDbContext db, CurrentUser user, TaxonomyReader taxonomies)
{
    public async Task<bool> IsAssignedAsync(int sessionId, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        if (userId is null || !user.IsInRole(Roles.Rapporteur))
        {
            return false;
        }

        return await db.RapporteurAssignments.AnyAsync(a => a.UserId == userId && a.SessionId == sessionId, cancellationToken);
    }

    /// <summary>The event of the session when the current rapporteur is assigned to it; otherwise null.</summary>
    public async Task<int?> AssignedEventIdAsync(int sessionId, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        if (userId is null || !user.IsInRole(Roles.Rapporteur))
        {
            return null;
        }

        return await db.RapporteurAssignments.Where(a => a.UserId == userId && a.SessionId == sessionId)
            .Select(a => (int?)a.Session.EventId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Ids of the sessions the current rapporteur may capture in.</summary>
    public async Task<HashSet<int>> AssignedSessionIdsAsync(CancellationToken cancellationToken)
    {
        var userId = user.Id;
        if (userId is null || !user.IsInRole(Roles.Rapporteur))
        {
            return [];
        }

        var ids = await db.RapporteurAssignments.Where(a => a.UserId == userId).Select(a => a.SessionId).ToListAsync(cancellationToken);
        return [.. ids];
    }

    /// <summary>
    /// The event with this code and the current rapporteur's sessions in it, by start, named in the reader's language;
    /// null when there is no such event.
    /// </summary>
    public async Task<AssignedEvent?> AssignedInEventAsync(string eventCode, CancellationToken cancellationToken)
    {
        var ev = (await taxonomies.NamesAsync(cancellationToken)).Events.FirstOrDefault(e => e.Code == eventCode);
        if (ev is null)
        {
            return null;
        }

        var assigned = await AssignedSessionIdsAsync(cancellationToken);
        var sessions = ev.Sessions.Where(s => assigned.Contains(s.Id)).Select(s => new AssignedSession(s.Id, s.Code, s.Title)).ToList();
        return new AssignedEvent(ev.Id, ev.Code, ev.Name, sessions);
    }
}

public sealed record AssignedEvent(int Id, string Code, string Name, IReadOnlyList<AssignedSession> Sessions);

public sealed record AssignedSession(int Id, string Code, string Title);
