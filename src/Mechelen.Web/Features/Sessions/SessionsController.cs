using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Sessions;

[AllowAnonymous]
public sealed class SessionsController : Controller
{
    [HttpGet("/sessions/{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] SessionDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(id, cancellationToken);
        return model is null || await Events.ProgrammeVisibility.SessionHiddenAsync(HttpContext, id, cancellationToken) ? NotFound() : View(model);
    }
}
