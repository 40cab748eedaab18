using Mechelen.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>What the report page offers for its files: direct download links for a small report; for a large one each file's build.</summary>
public sealed record ReportFilesModel(OutcomeReport Report, string Query, IReadOnlyList<ReportFile> Files)
{
    /// <summary>Whether the report's files are prepared in the background (a small report has none to follow).</summary>
    public bool Large => Files.Count > 0;
}

/// <summary>The report page's file links, or, for a report of <see cref="ReportOptions.BackgroundFrom"/> recommendations or more, its builds.</summary>
public sealed class ReportFilesViewComponent(ReportFiles files, IOptions<ReportOptions> options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var query = ReportLanguageLinks.Query(Request.QueryString.Value, report.Event.Code, report.Text.Language);
        if (report.Annex.Count < options.Value.BackgroundFrom)
        {
            return View(new ReportFilesModel(report, query, []));
        }

        var filter = ReportRequest.Filter(Request.QueryString.Value);
        var requests = ReportFormats.All.Select(f => ReportRequest.For(filter, report.Event.Code, report.Text.Language, f)).ToList();
        var found = await files.ForReportAsync(requests, HttpContext.RequestAborted);
        return View(new ReportFilesModel(report, query, found));
    }
}
