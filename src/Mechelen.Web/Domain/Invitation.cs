namespace Mechelen.Web.Domain;

/// <summary>
/// A one-time link for a person to set their own password. Only the SHA-256 hash of the link's secret is
/// stored; the secret itself is shown once to the administrator (and mailed when SMTP is configured).
/// </summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public ApplicationUser User { get; set; } = null!;

    /// <summary>Lowercase hex SHA-256 of the secret in the link.</summary>
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public required string CreatedBy { get; set; }
}
