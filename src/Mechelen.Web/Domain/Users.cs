using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Domain;

public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The stakeholder group or organisation shown next to the name (never a speaker's name).</summary>
    public string? Organisation { get; set; }
    public bool IsDisabled { get; set; }

    /// <summary>The interface language the person chose (<c>en</c>, <c>fr</c>, <c>es</c>); it follows them to every browser they sign in on.</summary>
    public string? Language { get; set; }
}

/// <summary>A rapporteur may capture recommendations in the sessions assigned to them.</summary>
public sealed class RapporteurAssignment
{
    public required string UserId { get; set; }
    public ApplicationUser User { get; set; } = null!;
    public int SessionId { get; set; }
    public Session Session { get; set; } = null!;
}

public static class Roles
{
    public const string Rapporteur = nameof(Rapporteur);
    public const string PolicyOfficer = nameof(PolicyOfficer);
    public const string Secretariat = nameof(Secretariat);
    public const string Admin = nameof(Admin);

    public static readonly string[] All = [Rapporteur, PolicyOfficer, Secretariat, Admin];
}
