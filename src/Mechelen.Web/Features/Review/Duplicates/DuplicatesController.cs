using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>The officers' page of suggested duplicates: accept a group into the merge basket, split it, or dismiss it.</summary>
[Authorize(Policy = Policies.Review)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DuplicatesController : Controller
{
    [HttpGet("/duplicates")]
    public async Task<IActionResult> Index(string? @event, [FromServices] DuplicateSuggestions.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(@event, Cultures.Current, cancellationToken);
        return model is null ? NotFound() : View("~/Features/Review/Duplicates/Index.cshtml", model);
    }

    [HttpPost("/duplicates/dismiss")]
    public async Task<IActionResult> Dismiss(DismissDuplicates.Form form, [FromServices] DismissDuplicates.Handler handler, CancellationToken cancellationToken)
    {
        var errors = ModelState.IsValid ? await handler.HandleAsync(form, cancellationToken) : [new Message("This suggestion is no longer shown: reload the page.")];
        (errors.Count > 0
            ? Notice.Error([.. errors])
            : Notice.Ok(new Message(form.Split is null ? "Suggestion dismissed: these recommendations will not be suggested together again." : "Recommendation {0} taken out of the group; it will not be suggested with the others again.", form.Split ?? 0)))
            .Keep(TempData);
        return LocalRedirect("/duplicates" + (form.Event is null ? "" : "?event=" + Uri.EscapeDataString(form.Event)));
    }
}
