using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>Every account with its roles, its number of assigned sessions and whether it can sign in.</summary>
public static class UserList
{
    public sealed record Row(string Id, string Email, string DisplayName, string? Organisation, IReadOnlyList<string> Roles,
        int Sessions, bool Disabled, bool LockedOut);

    public sealed class Handler(MechelenDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Id,
                    u.Email,
                    u.DisplayName,
                    u.Organisation,
                    u.IsDisabled,
                    u.LockoutEnd,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                    Sessions = db.RapporteurAssignments.Count(a => a.UserId == u.Id),
                })
                .ToListAsync(cancellationToken);
            // LockoutEnd is a DateTimeOffset, which SQLite cannot compare in SQL; the list is small.
            return users.Select(u => new Row(u.Id, u.Email ?? "", u.DisplayName, u.Organisation, u.Roles.Order().ToList(), u.Sessions,
                u.IsDisabled, !u.IsDisabled && u.LockoutEnd > now)).ToList();
        }
    }
}
