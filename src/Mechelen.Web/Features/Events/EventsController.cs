using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Events;

[AllowAnonymous]
public sealed class EventsController : Controller
{
    [HttpGet("/")]
    public Task<IActionResult> Home([FromServices] EventProgramme.Handler handler, CancellationToken cancellationToken) =>
        Show(handler, null, cancellationToken);

    [HttpGet("/events/{code}")]
    public Task<IActionResult> Details(string code, [FromServices] EventProgramme.Handler handler, CancellationToken cancellationToken) =>
        Show(handler, code, cancellationToken);

    private async Task<IActionResult> Show(EventProgramme.Handler handler, string? code, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(code, cancellationToken);
        return model is null || await ProgrammeVisibility.HiddenAsync(HttpContext, model.Event.Id, cancellationToken) ? NotFound() : View("Programme", model);
    }
}
