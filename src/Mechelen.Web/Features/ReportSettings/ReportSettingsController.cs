using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.ReportSettings;

/// <summary>
/// An event's report settings in one small form: symbol, date of issue, disclaimer and foreword (secretariat
/// and administrators), logos (administrators).
/// </summary>
[Authorize(Policy = Policies.ReportSettings)]
[Route("events/{code}/report-settings")]
public sealed class ReportSettingsController : Controller
{
    private const string SettingsView = "/Features/ReportSettings/Settings.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Settings(string code, [FromServices] EditReportSettings.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(code, cancellationToken) is { } model ? View(SettingsView, model) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Settings(string code, EditReportSettings.Form form, [FromServices] EditReportSettings.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (!await handler.HandleAsync(code, form, cancellationToken))
            {
                return NotFound();
            }

            Notice.Ok(new Message("Report settings saved.")).Keep(TempData);
            return Redirect($"/events/{Uri.EscapeDataString(code)}/report-settings");
        }

        var model = await handler.LoadAsync(code, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(SettingsView, model with { Form = form });
    }

    [Authorize(Policy = Policies.Administer)]
    [HttpPost("logos")]
    [RequestSizeLimit(EventLogos.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = EventLogos.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> AddLogo(string code, [FromForm] string? name, IFormFile? file, [FromServices] EventLogos.Handler logos,
        [FromServices] EditReportSettings.Handler settings, [FromServices] IStringLocalizer<SharedResource> localizer,
        CancellationToken cancellationToken)
    {
        var error = await logos.AddAsync(code, name, file, cancellationToken);
        if (error is null)
        {
            Notice.Ok(new Message("Logo added.")).Keep(TempData);
            return Redirect($"/events/{Uri.EscapeDataString(code)}/report-settings");
        }

        var model = await settings.LoadAsync(code, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("logo", localizer.Text(error));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(SettingsView, model);
    }

    [Authorize(Policy = Policies.Administer)]
    [HttpPost("logos/{id:int}/remove")]
    public async Task<IActionResult> RemoveLogo(string code, int id, [FromServices] EventLogos.Handler logos, CancellationToken cancellationToken)
    {
        if (!await logos.RemoveAsync(code, id, cancellationToken))
        {
            return NotFound();
        }

        Notice.Ok(new Message("Logo removed.")).Keep(TempData);
        return Redirect($"/events/{Uri.EscapeDataString(code)}/report-settings");
    }

    [HttpGet("logos/{id:int}")]
    public async Task<IActionResult> Logo(string code, int id, [FromServices] MechelenDbContext db, CancellationToken cancellationToken)
    {
        var logo = await db.EventLogos.Where(l => l.Id == id && l.Event.Code == code)
            .Select(l => new { l.ContentType, l.Data }).FirstOrDefaultAsync(cancellationToken);
        return logo is null ? NotFound() : File(logo.Data, logo.ContentType);
    }
}
