using Mechelen.Reports;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Reports.Word;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Reports;

/// <summary>The outcome report on screen, as PDF and as Word, for the same filter as the list, and its final/draft switch.</summary>
[Authorize(Policy = Policies.Report)]
public sealed class ReportsController : Controller
{
    /// <summary>
    /// The report on screen: whole when it is small or <c>whole=1</c> asks for it; a large one (counted without reading it, as
    /// for its files) read and shown in summary, its listings left to the files prepared in the background.
    /// </summary>
    [HttpGet("/reports/outcome")]
    public async Task<IActionResult> Outcome([FromQuery] RecommendationFilter filter, [FromQuery] string? lang, [FromQuery] string? whole,
        [FromServices] OutcomeReportService reports, [FromServices] EfReportReader reader, [FromServices] IOptions<ReportOptions> options,
        CancellationToken cancellationToken)
    {
        var detail = ReportLanguageLinks.AsksWhole(whole)
            || await reader.SizeAsync(ReportScopes.FromFilter(filter), cancellationToken) is not { } size || size.Count < options.Value.BackgroundFrom
            ? ReportDetail.Whole
            : ReportDetail.Summary;
        var (report, failure) = await ReadAsync(filter, lang, detail, reports, cancellationToken);
        return failure ?? View(report);
    }

    [HttpGet("/reports/outcome.pdf")]
    public async Task<IActionResult> OutcomePdf([FromQuery] RecommendationFilter filter, [FromQuery] string? lang,
        [FromServices] OutcomeReportService reports, [FromServices] EfReportReader reader, [FromServices] ReportFiles files,
        [FromServices] IOptions<ReportOptions> options, CancellationToken cancellationToken)
    {
        if (await LargeAsync(filter, lang, ReportFormats.Pdf, reader, files, options.Value, cancellationToken) is { } large)
        {
            return large;
        }

        var (report, failure) = await ReadAsync(filter, lang, ReportDetail.Whole, reports, cancellationToken);
        return failure ?? File(OutcomeReportDocument.Generate(report!), "application/pdf", report!.FileName("pdf"));
    }

    [HttpGet("/reports/outcome.docx")]
    public async Task<IActionResult> OutcomeDocx([FromQuery] RecommendationFilter filter, [FromQuery] string? lang,
        [FromServices] OutcomeReportService reports, [FromServices] EfReportReader reader, [FromServices] ReportFiles files,
        [FromServices] IOptions<ReportOptions> options, CancellationToken cancellationToken)
    {
        if (await LargeAsync(filter, lang, ReportFormats.Word, reader, files, options.Value, cancellationToken) is { } large)
        {
            return large;
        }

        var (report, failure) = await ReadAsync(filter, lang, ReportDetail.Whole, reports, cancellationToken);
        return failure ?? File(OutcomeReportWord.Generate(report!), OutcomeReportWord.ContentType, report!.FileName("docx"));
    }

    /// <summary>
    /// A large report is never read or written on a request: its file prepared in the background when one is current, else
    /// the report page, where it is prepared. Whether it is large is counted without reading it. Null for a small report,
    /// which is written at once, and for a request the report itself will refuse with its message.
    /// </summary>
    private async Task<IActionResult?> LargeAsync(RecommendationFilter filter, string? lang, string format, EfReportReader reader,
        ReportFiles files, ReportOptions options, CancellationToken cancellationToken)
    {
        if (ReportLanguageLinks.Refuses(lang, ModelState, out var text, out _)
            || await reader.SizeAsync(ReportScopes.FromFilter(filter), cancellationToken) is not { } size || size.Count < options.BackgroundFrom)
        {
            return null;
        }

        var request = ReportRequest.For(filter, size.Code, text.Language, format);
        if (await files.CurrentAsync(request, cancellationToken) is { } current && await files.OpenFileAsync(current.Id, cancellationToken) is { } file)
        {
            return this.SendReportFile(file, current.Size, format, current.FileName);
        }

        return Redirect($"/reports/outcome{ReportLanguageLinks.Query(Request.QueryString.Value, size.Code, text.Language)}#report-files");
    }

    [Authorize(Policy = Policies.FinalizeReport)]
    [HttpPost("/reports/finalize")]
    public Task<IActionResult> Finalize([FromForm] string? @event, [FromServices] FinalizeReport.Handler handler, CancellationToken cancellationToken) =>
        SetFinalAsync(@event, true, handler, cancellationToken);

    [Authorize(Policy = Policies.FinalizeReport)]
    [HttpPost("/reports/reopen")]
    public Task<IActionResult> Reopen([FromForm] string? @event, [FromServices] FinalizeReport.Handler handler, CancellationToken cancellationToken) =>
        SetFinalAsync(@event, false, handler, cancellationToken);

    private async Task<IActionResult> SetFinalAsync(string? code, bool final, FinalizeReport.Handler handler, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code) || !await handler.HandleAsync(code, final, cancellationToken))
        {
            return NotFound();
        }

        return Redirect($"/reports/outcome?event={Uri.EscapeDataString(code)}");
    }

    /// <summary>The report in <paramref name="lang"/> (en, fr or es), by default in the page's language.</summary>
    private async Task<(OutcomeReport? Report, IActionResult? Failure)> ReadAsync(
        RecommendationFilter filter, string? lang, ReportDetail detail, OutcomeReportService reports, CancellationToken cancellationToken)
    {
        if (ReportLanguageLinks.Refuses(lang, ModelState, out var text, out var problem))
        {
            return (null, Invalid(problem));
        }

        var result = await reports.BuildAsync(ReportScopes.FromFilter(filter), text, detail, cancellationToken);
        if (result.NotFound)
        {
            return (null, NotFound());
        }

        return result.Error is not null ? (null, Invalid(Message.Plain(result.Error))) : (result.Report, null);
    }

    private ViewResult Invalid(Message message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Invalid", message);
    }
}
