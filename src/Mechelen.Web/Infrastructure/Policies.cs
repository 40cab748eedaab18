using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Authorization;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// The named authorisation policies. Every controller or action names one (or <c>[AllowAnonymous]</c>);
/// the fallback policy requires a signed-in user, so nothing becomes public by omission.
/// </summary>
public static class Policies
{
    public const string Capture = nameof(Capture);
    public const string Review = nameof(Review);
    public const string Report = nameof(Report);
    public const string FinalizeReport = nameof(FinalizeReport);
    public const string Administer = nameof(Administer);
    public const string Audit = nameof(Audit);
    public const string SignedIn = nameof(SignedIn);
    public const string ReportSettings = nameof(ReportSettings);

    /// <summary>The read API: rapporteurs, policy officers and the secretariat, each within their <c>RecommendationScope</c>.</summary>
    public const string Read = nameof(Read);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Capture, p => p.RequireRole(Roles.Rapporteur));
        options.AddPolicy(Review, p => p.RequireRole(Roles.PolicyOfficer));
        options.AddPolicy(Report, p => p.RequireRole(Roles.Secretariat, Roles.PolicyOfficer));
        options.AddPolicy(FinalizeReport, p => p.RequireRole(Roles.Secretariat));
        options.AddPolicy(Administer, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Audit, p => p.RequireRole(Roles.Admin, Roles.Secretariat));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Read, p => p.RequireRole(Roles.Rapporteur, Roles.PolicyOfficer, Roles.Secretariat));
        options.AddPolicy(ReportSettings, p => p.RequireRole(Roles.Admin, Roles.Secretariat));
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
