using Mechelen.Web.Data;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>An event's programme from an Excel sheet: the template, and the upload that adds every row or none.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/events/{id:int}/programme")]
public sealed class ProgrammeImportController(MechelenDbContext db) : Controller
{
    public const string ImportView = "/Features/Admin/ProgrammeImport.cshtml";

    /// <summary>Room above the file limit, so a file a little too large gets the page and its message, not a bare refusal.</summary>
    public const long RequestLimit = 2 * WorkbookGuard.MaxBytes;

    public sealed record Model(int EventId, string EventName, string TimeZone)
    {
        public ImportProgramme.Result? Result { get; init; }

        public string? FileName { get; init; }
    }

    [HttpGet("template")]
    public async Task<IActionResult> Template(int id, [FromServices] ProgrammeTemplate.Handler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(id, cancellationToken) is { } file ? File(file.Content, CaptureTemplate.ContentType, file.Name) : NotFound();

    [HttpGet("import")]
    public async Task<IActionResult> Import(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is { } model ? View(ImportView, model) : NotFound();

    [HttpPost("import")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Import(int id, IFormFile? file, [FromServices] ImportProgramme.Handler handler, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ImportProgramme.Result result;
        if (file is null || file.Length == 0)
        {
            result = ImportProgramme.Result.Refused(new Message("Choose the filled template (.xlsx) to upload."));
        }
        else if (file.Length > WorkbookGuard.MaxBytes)
        {
            result = ImportProgramme.Result.Refused(new Message(WorkbookGuard.TooLarge));
        }
        else
        {
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            stream.Position = 0;
            result = await handler.HandleAsync(id, stream, cancellationToken);
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(ImportView, model with { Result = result, FileName = file?.FileName });
    }

    private Task<Model?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Events.AsNoTracking().Where(e => e.Id == id).Select(e => new Model(e.Id, e.Name, e.TimeZone)).FirstOrDefaultAsync(cancellationToken);
}
