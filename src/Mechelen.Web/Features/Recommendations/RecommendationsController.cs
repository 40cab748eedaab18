using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// The officers' workspace. Reading (list, detail, exports) is open to the secretariat too, who download
/// the data beside the report; changing anything needs the Review policy.
/// </summary>
[Authorize(Policy = Policies.Report)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RecommendationsController : Controller
{
    [HttpGet("/recommendations")]
    public async Task<IActionResult> Index([FromQuery] RecommendationFilter filter, [FromServices] RecommendationList.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(filter, BindingErrors(ModelState, HttpContext), cancellationToken);
        return model is null ? NotFound() : new KeptPage(View(model), model.Stamp, model.PageKey);
    }

    [HttpGet("/recommendations/{id:int}")]
    public async Task<IActionResult> Details(int id, [FromServices] RecommendationDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(id, cancellationToken);
        return model is null ? NotFound() : View(new ReviewPage(model, null, [], null));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("/recommendations/{id:int}")]
    public async Task<IActionResult> Review(
        int id, ReviewRecommendation.Form form, [FromServices] ReviewRecommendation.Handler handler,
        [FromServices] RecommendationDetails.Handler details, CancellationToken cancellationToken)
    {
        form.Id = id;
        var errors = BindingErrors(ModelState, HttpContext).ToList();
        var result = errors.Count > 0 ? new ReviewRecommendation.Result(true, errors, null) : await handler.HandleAsync(form, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Notice.Ok(new Message(form.Action switch
            {
                ReviewRecommendation.Decision.Validate => "Validated.",
                ReviewRecommendation.Decision.Reject => "Rejected.",
                _ => "Saved.",
            })).Keep(TempData);
            return LocalRedirect($"/recommendations/{id}");
        }

        // A form that did not bind is answered before the handler looks the item up: it may not exist for this reader.
        var model = await details.HandleAsync(id, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = result.Theirs is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return View("Details", new ReviewPage(model, form, result.Errors, result.Theirs));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("/recommendations/bulk")]
    public async Task<IActionResult> Bulk(BulkReview.Form form, [FromServices] BulkReview.Handler handler, CancellationToken cancellationToken)
    {
        var errors = BindingErrors(ModelState, HttpContext).ToList();
        var result = errors.Count > 0 ? new BulkReview.Result(0, errors) : await handler.HandleAsync(form, cancellationToken);
        (result.Errors.Count > 0
            ? Notice.Error([new Message("Nothing was changed."), .. result.Errors])
            : Notice.Ok(new Message("Recommendations updated: {0}.", result.Changed))).Keep(TempData);
        var back = form.ReturnUrl is not null && Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl.StartsWith("/recommendations", StringComparison.Ordinal)
            ? form.ReturnUrl
            : "/recommendations";
        return LocalRedirect(back);
    }

    [HttpGet("/recommendations/similar")]
    public async Task<IActionResult> Similar([FromQuery] int[] id, [FromServices] SimilarCounts.Handler handler, CancellationToken cancellationToken) =>
        Json(await handler.HandleAsync(id, cancellationToken));

    /// <summary>
    /// What the query string or form got wrong, in words (the raw value shortened, so a 10,000-character value
    /// does not fill the page). A NUL was taken out of the text, which is used without it.
    /// </summary>
    internal static IEnumerable<Message> BindingErrors(ModelStateDictionary state, HttpContext context) =>
        state.Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .Select(e => UserText.NulRefusedFields(context).Contains(e.Key)
                ? new Message("The text of {0} contained an invisible NUL character (U+0000); it was taken out.", e.Key)
                : new Message("'{0}' is not a valid value for {1}; it was ignored.", FilterTaxonomy.Shorten(e.Value!.AttemptedValue ?? ""), e.Key));
}

public sealed record ReviewPage(
    RecommendationDetails.Model Model, ReviewRecommendation.Form? Yours, IReadOnlyList<Message> Errors, ReviewRules.Snapshot? Theirs);
