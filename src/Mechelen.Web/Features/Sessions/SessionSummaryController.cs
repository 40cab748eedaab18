using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Sessions;

/// <summary>Saves a session's summary from the session's page; the page itself is public, writing is not.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SessionSummaryController : Controller
{
    [HttpPost("/sessions/{id:int}/summary")]
    public async Task<IActionResult> Save(int id, WriteSessionSummary.Form form, [FromServices] WriteSessionSummary.Handler handler,
        [FromServices] SessionDetails.Handler details, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var model = await details.HandleAsync(id, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }

            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("/Features/Sessions/Details.cshtml", model with { Summary = form.Summary });
        }

        return await handler.HandleAsync(id, form, cancellationToken) switch
        {
            WriteSessionSummary.Outcome.NotFound => NotFound(),
            WriteSessionSummary.Outcome.Forbidden => Forbid(),
            _ => SavedRedirect(id),
        };
    }

    private RedirectResult SavedRedirect(int id)
    {
        Notice.Ok(new Message("Summary saved.")).Keep(TempData);
        return Redirect($"/sessions/{id}#summary");
    }
}
