using Mechelen.Reports.Text;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Large reports' files, built in the background: ask for one (joining the build already on its way), follow its
/// progress, download it. Whoever may read reports may use every build: a report is the same whoever asks for it.
/// </summary>
[Authorize(Policy = Policies.Report)]
public sealed class ReportBuildsController : Controller
{
    private const string InvalidView = "~/Features/Reports/Invalid.cshtml";

    [HttpPost("/reports/builds")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Queue([FromForm] RecommendationFilter filter, [FromForm] string? lang, [FromForm] string? format,
        [FromServices] QueueReportBuild.Handler handler, [FromServices] MechelenDbContext db, CancellationToken cancellationToken)
    {
        if (format is null || !ReportFormats.All.Contains(format))
        {
            return Invalid(new Message("Choose the file to prepare: {0}.", string.Join(", ", ReportFormats.All)));
        }

        if (ReportLanguageLinks.Refuses(lang, ModelState, out var text, out var problem))
        {
            return Invalid(problem);
        }

        // The event by its code, as the report reads it (none given: the latest), so both ways of asking are one build.
        var code = await db.Events.AsNoTracking().CodeOrLatest(filter.Event)
            .Select(e => e.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return NotFound();
        }

        var request = ReportRequest.For(filter, code, text.Language, format);
        await handler.HandleAsync(request, cancellationToken);
        return RedirectToPage(request);
    }

    [HttpGet("/reports/builds/{id:int}")]
    public async Task<IActionResult> Status(int id, [FromServices] ReportFiles files, [FromServices] ReportBuildText text, [FromServices] MechelenDbContext db,
        CancellationToken cancellationToken)
    {
        if (await files.FindAsync(id, cancellationToken) is not { } build)
        {
            return NotFound();
        }

        // What changed since and the event's clock matter only once the file is there: a running build's poll reads its row alone.
        var done = build.Status == ReportBuildStatus.Done;
        var request = new ReportRequest(build.Query, build.Language, build.Format);
        var stamp = done ? await FiguresCache.StampAsync(db, cancellationToken) : 0;
        var fingerprint = done ? await files.FingerprintAsync(request, cancellationToken) : null;
        var timeZone = done ? await files.TimeZoneAsync(request.Scope().Event, cancellationToken) : "UTC";
        return Json(new
        {
            id = build.Id,
            status = build.Status.ToString().ToLowerInvariant(),
            progress = build.Progress,
            text = build.Status switch
            {
                ReportBuildStatus.Done => text.Prepared(build, ReportFiles.ChangesSince(build, stamp, fingerprint), timeZone),
                ReportBuildStatus.Failed => text.Failed(build),
                _ => text.Progress(build),
            },
            download = done ? new { url = $"/reports/builds/{build.Id}/file", text = text.Download(build.Format, build.Size), fileName = build.FileName } : null,
        });
    }

    [HttpGet("/reports/builds/{id:int}/file")]
    public async Task<IActionResult> Download(int id, [FromServices] ReportFiles files, CancellationToken cancellationToken)
    {
        if (await files.FindAsync(id, cancellationToken) is not { Status: ReportBuildStatus.Done } build || await files.OpenFileAsync(id, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return this.SendReportFile(file, build.Size, build.Format, build.FileName);
    }

    /// <summary>Back to the report page, whose files panel shows the build; the script there follows it.</summary>
    private RedirectResult RedirectToPage(ReportRequest request) =>
        Redirect($"/reports/outcome?{request.Query}&{ReportLanguageLinks.Parameter}={Uri.EscapeDataString(request.Language)}#report-files");

    private ViewResult Invalid(Message message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(InvalidView, message);
    }
}
