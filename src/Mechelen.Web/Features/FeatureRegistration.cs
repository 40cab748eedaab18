using Mechelen.Web.Features.Account;
using Mechelen.Web.Features.Admin;
using Mechelen.Web.Features.Audit;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Features.CycleSearch;
using Mechelen.Web.Features.Events;
using Mechelen.Web.Features.Language;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Features.Review;
using Mechelen.Web.Features.Sessions;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Features.Translations;
using Mechelen.Web.Taxonomy;

namespace Mechelen.Web.Features;

public static class FeatureRegistration
{
    /// <summary>The use-case handlers of every feature folder.</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.AddScoped<TaxonomyReader>();
        services.AddScoped<EventProgramme.Handler>();
        services.AddScoped<SessionDetails.Handler>();
        services.AddScoped<WriteSessionSummary.Handler>();
        services.AddScoped<SessionCounts>();
        services.AddScoped<SessionProgress>();
        services.AddScoped<SignIn.Handler>();
        services.AddScoped<Profile.Handler>();
        services.AddScoped<ChooseLanguage.Handler>();
        services.AddCapture();
        services.AddAdmin();
        services.AddWorkspace();
        services.AddScoped<SearchAllEvents.Handler>();
        services.AddSynthesis();
        services.AddScoped<AuditLogPage.Handler>();
        services.AddReports();
        services.AddScoped<SaveTranslation.Handler>();
        services.AddScoped<TranslationList.Handler>();
        services.AddReview();
        return services;
    }
}
