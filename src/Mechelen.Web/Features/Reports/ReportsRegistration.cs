using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Reports;

public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<IReportReader, EfReportReader>();
        services.AddScoped<OutcomeReportService>();
        services.AddScoped<FinalizeReport.Handler>();
        services.AddScoped<ICliCommand, ReportCommand>();
        return services;
    }
}
