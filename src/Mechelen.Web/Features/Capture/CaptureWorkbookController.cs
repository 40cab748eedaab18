using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>Offline capture: download the Excel template, upload it filled.</summary>
[Authorize(Policy = Policies.Capture)]
public sealed class CaptureWorkbookController(CaptureAccess access, MechelenDbContext db) : Controller
{
    public const string ImportView = "/Features/Capture/Import.cshtml";

    [HttpGet("/sessions/{sessionId:int}/capture/template")]
    public async Task<IActionResult> SessionTemplate(int sessionId, [FromServices] CaptureTemplate.Handler handler, CancellationToken cancellationToken)
    {
        if (!await access.IsAssignedAsync(sessionId, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var code = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).FirstAsync(cancellationToken);
        var file = await handler.HandleAsync(code, sessionId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, CaptureTemplate.ContentType, file.Name);
    }

    [HttpGet("/events/{code}/capture/template")]
    public async Task<IActionResult> EventTemplate(string code, [FromServices] CaptureTemplate.Handler handler, CancellationToken cancellationToken)
    {
        var file = await handler.HandleAsync(code, null, cancellationToken);
        return file is null ? NotFound() : File(file.Content, CaptureTemplate.ContentType, file.Name);
    }

    [HttpGet("/events/{code}/capture/import")]
    public async Task<IActionResult> Import(string code, int? session, CancellationToken cancellationToken)
    {
        var model = await ImportModel.LoadAsync(access, code, session, cancellationToken);
        return model is null ? NotFound() : View(ImportView, model);
    }

    [HttpPost("/events/{code}/capture/import")]
    [TypeFilter<WorkbookUploadLimit>]
    [RequestFormLimits(MultipartBodyLengthLimit = WorkbookUploadLimit.RequestLimit)]
    public async Task<IActionResult> Import(
        string code, int? session, IFormFile? file, [FromServices] ImportRecommendations.Handler handler, CancellationToken cancellationToken)
    {
        var model = await ImportModel.LoadAsync(access, code, session, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        ImportRecommendations.Result result;
        if (file is null || file.Length == 0)
        {
            result = ImportRecommendations.Result.Refused(new Message("Choose the filled template (.xlsx) to upload."));
        }
        else if (file.Length > WorkbookGuard.MaxBytes)
        {
            result = ImportRecommendations.Result.Refused(new Message(WorkbookGuard.TooLarge));
        }
        else
        {
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            stream.Position = 0;
            result = await handler.HandleAsync(model.EventId, model.Sessions, model.SessionId, stream, cancellationToken);
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(ImportView, model with { Result = result, FileName = file?.FileName });
    }
}

public sealed record ImportModel(int EventId, string EventCode, string EventName, IReadOnlyList<AssignedSession> Sessions, int? SessionId, string? SessionTitle)
{
    public ImportRecommendations.Result? Result { get; init; }

    public string? FileName { get; init; }

    /// <summary>The upload page of this event for the current rapporteur; null when there is no such event.</summary>
    public static async Task<ImportModel?> LoadAsync(CaptureAccess access, string code, int? session, CancellationToken cancellationToken)
    {
        var ev = await access.AssignedInEventAsync(code, cancellationToken);
        if (ev is null)
        {
            return null;
        }

        var chosen = ev.Sessions.FirstOrDefault(s => s.Id == session);
        return new ImportModel(ev.Id, ev.Code, ev.Name, ev.Sessions, chosen?.Id, chosen?.Title);
    }
}
