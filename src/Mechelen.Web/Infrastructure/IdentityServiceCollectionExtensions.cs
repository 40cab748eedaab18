using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mechelen.Web.Infrastructure;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>ASP.NET Core Identity on the EF stores, a conference-day cookie, the policies and the audit log.</summary>
    public static WebApplicationBuilder AddMechelenIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Threshold and duration come from SignInThrottleOptions.
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<MechelenDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<Localisation.LocalisedIdentityErrors>()
            .AddClaimsPrincipalFactory<MechelenClaimsFactory>();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "mechelen.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            // Long enough for a conference day, renewed while the rapporteur keeps working.
            options.ExpireTimeSpan = TimeSpan.FromHours(14);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // A disabled account or a reset password signs the user out within a minute everywhere.
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddSingleton<RecentStampChecks>();
        builder.Services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, RecentStampCheckValidator>());
        builder.Services.AddSignInThrottle();
        builder.Services.AddAuthorization(Policies.Configure);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<HistoryPresenter>();
        return builder;
    }

    // Script and API callers get a status code they can act on; browsers get the login page.
    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        var wantsJson = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || request.Headers.Accept.Any(a => a != null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase))
            || request.Headers.XRequestedWith == "fetch";
        if (wantsJson)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
