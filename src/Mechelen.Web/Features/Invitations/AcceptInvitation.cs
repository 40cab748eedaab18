using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Invitations;

/// <summary>
/// The invited person chooses their password through the link. The link is claimed and the password set in one
/// transaction, so two tabs (or a stolen copy) cannot both use it, and a refused password leaves it usable.
/// </summary>
public static class AcceptInvitation
{
    public sealed class Form
    {
        public string Token { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
        public string? Confirm { get; set; }
    }

    public sealed record Model(string DisplayName, string Email, Form Form);

    public sealed class Handler(MechelenDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AuditLog audit, TimeProvider clock)
    {
        public async Task<Model?> LoadAsync(string? token, CancellationToken cancellationToken) =>
            await FindAsync(token, cancellationToken) is { } found
                ? new Model(found.User.DisplayName, found.User.Email ?? "", new Form { Token = token! })
                : null;

        /// <summary>The user's id when the password is set and they are signed in; otherwise the problems, or none when the link is not valid.</summary>
        public async Task<(string? UserId, IReadOnlyList<Message> Errors)> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            if (await FindAsync(form.Token, cancellationToken) is not { } invitation)
            {
                return (null, []);
            }

            var user = invitation.User;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
            if (claimed != 1)
            {
                return (null, []);
            }

            var result = await users.HasPasswordAsync(user) ? await users.RemovePasswordAsync(user) : IdentityResult.Success;
            if (result.Succeeded)
            {
                result = await users.AddPasswordAsync(user, form.Password);
            }

            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return (null, result.Errors.Select(e => Message.Plain(e.Description)).ToList());
            }

            user.EmailConfirmed = true;
            await users.ResetAccessFailedCountAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            audit.Record("invitation-accept", "User", user.Id, null, null);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await signIn.SignInAsync(user, isPersistent: true);
            return (user.Id, []);
        }

        private async Task<Invitation?> FindAsync(string? token, CancellationToken cancellationToken)
        {
            if (!InvitationTokens.LooksValid(token))
            {
                return null;
            }

            var hash = InvitationTokens.Hash(token!);
            var now = clock.GetUtcNow().UtcDateTime;
            return await db.Invitations.Include(i => i.User)
                .FirstOrDefaultAsync(i => i.TokenHash == hash && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now && !i.User.IsDisabled, cancellationToken);
        }
    }
}
