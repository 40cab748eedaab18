using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Features.Capture;

public static class CaptureRegistration
{
    /// <summary>The rapporteur's capture flow: the form, edits and withdrawals, and the Excel template round trip.</summary>
    public static IServiceCollection AddCapture(this IServiceCollection services)
    {
        services.AddScoped<CaptureAccess>();
        services.AddScoped<CapturePage.Handler>();
        services.AddScoped<CaptureRecommendation.Handler>();
        services.AddScoped<EditRecommendation.Handler>();
        services.AddScoped<WithdrawRecommendation.Handler>();
        services.AddScoped<CaptureTemplate.Handler>();
        services.AddScoped<ImportRecommendations.Handler>();
        services.AddSingleton<ExpiredLoginToken>();
        services.AddScoped<ExpiredLoginStash>();
        // Runs when a capture POST without a valid sign-in is turned to the login page.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options =>
        {
            var redirect = options.Events.OnRedirectToLogin;
            options.Events.OnRedirectToLogin = async context =>
            {
                await context.HttpContext.RequestServices.GetRequiredService<ExpiredLoginStash>().KeepAsync(context.HttpContext);
                await redirect(context);
            };
        });
        return services;
    }
}
