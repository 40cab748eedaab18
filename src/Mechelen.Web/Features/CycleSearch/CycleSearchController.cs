using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.CycleSearch;

/// <summary>Search every event at once, in the officers' and the secretariat's workspace (hits lead to the workspace's pages).</summary>
[Authorize(Policy = Policies.Report)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CycleSearchController : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index([FromQuery] string? q, [FromQuery] int? page, [FromServices] SearchAllEvents.Handler handler, CancellationToken cancellationToken)
    {
        // A page number that does not bind is page 1; one past either end shows the nearest page.
        var model = await handler.HandleAsync(q, page ?? 1, cancellationToken);
        if (model.Messages.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(model);
    }
}
