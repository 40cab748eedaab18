using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Reports;

public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<OutcomeReport.Handler>();
        services.AddScoped<FinalizeReport.Handler>();
        services.AddScoped<ICliCommand, ReportCommand>();
        return services;
    }
}
