using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Audit;

[Authorize(Policy = Policies.Audit)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuditController : Controller
{
    [HttpGet("/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditLogPage.Query query, [FromServices] AuditLogPage.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.HandleAsync(query, RecommendationsController.BindingErrors(ModelState, HttpContext).ToList(), cancellationToken));
}
