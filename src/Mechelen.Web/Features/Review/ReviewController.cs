using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Review;

/// <summary>
/// Review mode: the overview officers land on, then one recommendation at a time through the queue of the current
/// filter, with a key for each action (wwwroot/js/review.js). Every decision goes through the same handler as the
/// detail page, so the version check (conflict detection) is the same.
/// </summary>
[Authorize(Policy = Policies.Review)]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("review")]
public sealed class ReviewController : Controller
{
    public sealed class DecisionForm
    {
        /// <summary>The queue's filter as a query string (<c>?area=…</c>), so the next item comes from the same selection.</summary>
        public string? Queue { get; set; }
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(string? @event, [FromServices] ReviewOverview.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(@event, MergeBasket.Read(Request).Count, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpGet("next")]
    public async Task<IActionResult> Next([FromQuery] RecommendationFilter filter, int? after, [FromServices] ReviewWorklist.Handler queue, CancellationToken cancellationToken)
    {
        var items = await queue.ItemsAsync(filter, cancellationToken);
        if (items is null)
        {
            return NotFound();
        }

        var query = filter.ToQueryString(includePaging: false);
        if (ReviewWorklist.Handler.NextWaiting(items, after) is int next)
        {
            return LocalRedirect($"/review/{next}{query}");
        }

        // Nothing after this one: perhaps something before it still waits (the officer started in the middle).
        if (after is not null && ReviewWorklist.Handler.NextWaiting(items, null) is int first)
        {
            Notice.Ok(new Message("End of the queue reached; back to the first recommendation still awaiting review.")).Keep(TempData);
            return LocalRedirect($"/review/{first}{query}");
        }

        Notice.Ok(new Message("Nothing in this selection awaits review.")).Keep(TempData);
        return LocalRedirect(filter.Event is null ? "/review" : "/review?event=" + Uri.EscapeDataString(filter.Event));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Item(
        int id, [FromQuery] RecommendationFilter filter, [FromServices] ReviewItem.Handler handler, CancellationToken cancellationToken)
    {
        var page = await handler.HandleAsync(id, filter, null, [], null, Request, cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Decide(
        int id, [FromForm] ReviewRecommendation.Form form, [FromForm] DecisionForm decision, [FromServices] ReviewRecommendation.Handler handler,
        [FromServices] ReviewItem.Handler page, CancellationToken cancellationToken)
    {
        form.Id = id;
        var query = decision.Queue is { } q && q.StartsWith('?') && !q.Contains('#', StringComparison.Ordinal) ? q : "";
        var errors = RecommendationsController.BindingErrors(ModelState, HttpContext).ToList();
        var result = errors.Count > 0 ? new ReviewRecommendation.Result(true, errors, null) : await handler.HandleAsync(form, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice.Ok(new Message(form.Action switch
            {
                ReviewRecommendation.Decision.Validate => "Recommendation {0} validated.",
                ReviewRecommendation.Decision.Reject => "Recommendation {0} rejected.",
                _ => "Recommendation {0}: tags saved.",
            }, id)).Keep(TempData);
            return form.Action == ReviewRecommendation.Decision.Save
                ? LocalRedirect($"/review/{id}{query}")
                : LocalRedirect($"/review/next{query}{(query.Length == 0 ? "?" : "&")}after={id}");
        }

        var filter = ReviewItem.ParseQueue(query);
        var model = await page.HandleAsync(id, filter, form, result.Errors, result.Theirs, Request, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = result.Theirs is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View("Item", model);
    }

    [HttpPost("undo")]
    public async Task<IActionResult> Undo(bool bulk, string? returnUrl, [FromServices] UndoReview.Handler handler, CancellationToken cancellationToken)
    {
        var (undone, errors) = await handler.UndoAsync(bulk, cancellationToken);
        (errors.Count > 0 ? Notice.Error([.. errors]) : Notice.Ok(new Message("Undone: {0} recommendations have their earlier state again.", undone))).Keep(TempData);
        return LocalRedirect(returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/review");
    }
}
