using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>An account's name, roles and the sessions it reports on.</summary>
public static class EditUser
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter the name shown in the app.")]
        [StringLength(200, ErrorMessage = "The name can have up to 200 characters.")]
        public string DisplayName { get; set; } = "";

        [StringLength(200, ErrorMessage = "The organisation can have up to 200 characters.")]
        public string? Organisation { get; set; }

        public List<string> Roles { get; set; } = [];

        public List<int> SessionIds { get; set; } = [];
    }

    public sealed record Model(string Id, string Email, bool Disabled, bool LockedOut, bool HasPassword, DateTime? InvitationExpires, IReadOnlyList<EventSessions> Programme)
    {
        public Form Form { get; init; } = new();
    }

    public sealed record EventSessions(string EventName, IReadOnlyList<SessionChoice> Sessions);

    public sealed record SessionChoice(int Id, string Title, DateTime StartsAt);

    public sealed class Handler(UserManager<ApplicationUser> users, MechelenDbContext db, AuditLog audit, CurrentUser current, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(string id, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(id);
            if (user is null)
            {
                return null;
            }

            var form = new Form
            {
                DisplayName = user.DisplayName,
                Organisation = user.Organisation,
                Roles = [.. await users.GetRolesAsync(user)],
                SessionIds = await db.RapporteurAssignments.Where(a => a.UserId == id).Select(a => a.SessionId).ToListAsync(cancellationToken),
            };
            return await ModelAsync(user, form, cancellationToken);
        }

        public async Task<Model> ModelAsync(ApplicationUser user, Form form, CancellationToken cancellationToken)
        {
            var sessions = await db.Sessions.AsNoTracking().OrderBy(s => s.Event.StartDate).ThenBy(s => s.StartsAt)
                .Select(s => new { s.Event.Name, Choice = new SessionChoice(s.Id, s.Title, s.StartsAt) })
                .ToListAsync(cancellationToken);
            var programme = sessions.GroupBy(s => s.Name).Select(g => new EventSessions(g.Key, g.Select(s => s.Choice).ToList())).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var open = await db.Invitations.AsNoTracking().Where(i => i.UserId == user.Id && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .OrderByDescending(i => i.ExpiresAt).Select(i => (DateTime?)i.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
            return new Model(user.Id, user.Email ?? "", user.IsDisabled, !user.IsDisabled && user.LockoutEnd > clock.GetUtcNow(),
                user.PasswordHash is not null, open, programme)
            { Form = form };
        }

        /// <summary>Null when saved, else the reason it was not.</summary>
        public async Task<Message?> HandleAsync(ApplicationUser user, Form form, CancellationToken cancellationToken)
        {
            var wantedRoles = form.Roles.Intersect(Roles.All).ToHashSet();
            var currentRoles = (await users.GetRolesAsync(user)).ToHashSet();
            if (user.Id == current.Id && currentRoles.Contains(Roles.Admin) && !wantedRoles.Contains(Roles.Admin))
            {
                return new Message("You cannot remove your own Admin role: ask another administrator.");
            }

            var wantedSessions = await db.Sessions.Where(s => form.SessionIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            var assignments = await db.RapporteurAssignments.Where(a => a.UserId == user.Id).ToListAsync(cancellationToken);
            var before = new { user.DisplayName, user.Organisation, Roles = currentRoles.Order(), Sessions = assignments.Select(a => a.SessionId).Order() };

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.RapporteurAssignments.RemoveRange(assignments.Where(a => !wantedSessions.Contains(a.SessionId)));
            db.RapporteurAssignments.AddRange(wantedSessions.Where(s => assignments.All(a => a.SessionId != s))
                .Select(s => new RapporteurAssignment { UserId = user.Id, SessionId = s }));
            user.DisplayName = form.DisplayName.Trim();
            user.Organisation = FormText.TrimOrNull(form.Organisation);
            audit.Record("user-update", "User", user.Id, before,
                new { user.DisplayName, user.Organisation, Roles = wantedRoles.Order(), Sessions = wantedSessions.Order() });
            var result = await users.RemoveFromRolesAsync(user, currentRoles.Except(wantedRoles));
            if (result.Succeeded)
            {
                result = await users.AddToRolesAsync(user, wantedRoles.Except(currentRoles));
            }

            if (result.Succeeded && !wantedRoles.SetEquals(currentRoles))
            {
                // Role changes reach the user's open sessions at the next stamp check, within a minute.
                result = await users.UpdateSecurityStampAsync(user);
            }

            if (!result.Succeeded)
            {
                return Message.Plain(string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
    }
}
