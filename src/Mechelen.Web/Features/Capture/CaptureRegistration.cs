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
        services.AddExpiredLoginStash();
        return services;
    }
}
