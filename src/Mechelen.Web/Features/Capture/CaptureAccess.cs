using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The Capture policy says "is a rapporteur"; this says "is a rapporteur of this session". Both are
/// needed: a rapporteur captures only in the sessions an administrator assigned to them.
/// </summary>
public sealed class CaptureAccess(MechelenDbContext db, CurrentUser user)
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
}
