using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Invitations;

/// <summary>
/// Makes a set-password link for an account, ending any earlier link of it. The caller saves; the secret lives
/// only in the returned link.
/// </summary>
public sealed class IssueInvitation(MechelenDbContext db, AuditLog audit, CurrentUser current, TimeProvider clock, IOptions<InvitationOptions> options)
{
    public sealed record Link(string UserId, string Email, string DisplayName, string Url, DateTime ExpiresAt);

    public const string Path = "/account/invitation";

    public async Task<Link> IssueAsync(ApplicationUser user, string baseUrl, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var pending in await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken))
        {
            pending.RevokedAt = now;
        }

        var secret = InvitationTokens.NewSecret();
        var invitation = new Invitation
        {
            UserId = user.Id,
            TokenHash = InvitationTokens.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + options.Value.Lifetime,
            CreatedBy = current.Name,
        };
        db.Invitations.Add(invitation);
        audit.Record("invitation-issue", "User", user.Id, null, new { invitation.ExpiresAt });
        var root = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? baseUrl : options.Value.PublicBaseUrl;
        return new Link(user.Id, user.Email ?? "", user.DisplayName, $"{root.TrimEnd('/')}{Path}?token={secret}", invitation.ExpiresAt);
    }

    /// <summary>Ends the account's open link; false when it had none.</summary>
    public async Task<bool> RevokeAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Invitations.Where(i => i.UserId == userId && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return false;
        }

        pending.ForEach(i => i.RevokedAt = now);
        audit.Record("invitation-revoke", "User", userId, null, null);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
