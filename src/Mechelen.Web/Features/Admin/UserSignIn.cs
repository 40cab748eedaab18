using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// What an administrator does to someone's ability to sign in: disable, enable (new passwords come through invitation links).
/// Each changes the security stamp, so cookies already issued stop working at the next check.
/// </summary>
public static class UserSignIn
{
    public sealed class Handler(UserManager<ApplicationUser> users, MechelenDbContext db, AuditLog audit, CurrentUser current)
    {
        public async Task<Message?> SetDisabledAsync(ApplicationUser user, bool disabled, CancellationToken cancellationToken)
        {
            if (disabled && user.Id == current.Id)
            {
                return new Message("You cannot disable your own account.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = new { Disabled = user.IsDisabled };
            user.IsDisabled = disabled;
            user.LockoutEnabled = true;
            // Lock-out is what Identity itself checks on every sign-in path; the flag is what the pages show.
            var result = await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null);
            if (result.Succeeded)
            {
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                return Message.Plain(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            audit.Record(disabled ? "user-disable" : "user-enable", "User", user.Id, before, new { Disabled = disabled });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
    }
}
