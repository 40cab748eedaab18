using Mechelen.Pdf;
using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Web.Infrastructure.Cli;

namespace Mechelen.Web.Features.Reports;

public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        // The fonts folder joins the font search when the options are first read, which validation does at startup.
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure(o =>
            {
                if (!string.IsNullOrWhiteSpace(o.FontsFolder) && Directory.Exists(o.FontsFolder))
                {
                    Fonts.AddFolder(o.FontsFolder);
                }
            });
        services.AddScoped<EfReportReader>();
        services.AddScoped<IReportReader>(provider => provider.GetRequiredService<EfReportReader>());
        services.AddScoped<OutcomeReportService>();
        services.AddScoped<FinalizeReport.Handler>();
        services.AddScoped<ReportSettings.EditReportSettings.Handler>();
        services.AddScoped<ReportSettings.EventLogos.Handler>();
        services.AddScoped<ICliCommand, ReportCommand>();

        // Large reports' files, built in the background on every instance from a queue in the database.
        services.AddSingleton<Builds.ReportBuildSignal>();
        services.AddSingleton<Builds.ReportFileWriter>();
        services.AddScoped<Builds.ReportBuildStore>();
        services.AddScoped<Builds.RunReportBuild>();
        services.AddScoped<Builds.QueueReportBuild.Handler>();
        services.AddScoped<Builds.ReportFiles>();
        services.AddScoped<Builds.ReportBuildText>();
        services.AddHostedService<Builds.ReportBuildWorker>();
        return services;
    }
}
