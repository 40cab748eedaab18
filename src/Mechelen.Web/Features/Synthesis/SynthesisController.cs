using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>The synthesis: key recommendations, created by merging ticked recommendations, edited, re-sourced or un-merged.</summary>
[Authorize(Policy = Policies.Report)]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("key-recommendations")]
public sealed class SynthesisController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? @event, [FromServices] KeyRecommendationList.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(@event, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [Authorize(Policy = Policies.Review)]
    [HttpGet("new")]
    public async Task<IActionResult> New([FromQuery] MergeIntoKeyRecommendation.Form form, [FromServices] MergeIntoKeyRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        // Ticking rows and choosing Merge means "merge these": they become the basket the page works on.
        var ticked = Recommendations.ReviewRules.ParseSelection(form.Select).Keys.ToList();
        if (ticked.Count > 0)
        {
            MergeBasket.Write(HttpContext, ticked);
        }

        var model = await handler.PrepareAsync(form, [], cancellationToken, MergeBasket.Read(Request));
        return View(model);
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public async Task<IActionResult> Create(MergeIntoKeyRecommendation.Form form, [FromServices] MergeIntoKeyRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await handler.HandleAsync(form, cancellationToken) : SynthesisResult.Refused(FormProblem("Check the form."));
        if (result.Succeeded)
        {
            MergeBasket.Remove(HttpContext, Recommendations.ReviewRules.ParseSelection(form.Select).Keys);
            Notice.Ok(new Message("Key recommendation created; its sources are marked Merged.")).Keep(TempData);
            return LocalRedirect($"/key-recommendations/{result.Id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("New", await handler.PrepareAsync(form, result.Errors, cancellationToken, MergeBasket.Read(Request)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromQuery] string? q, [FromServices] KeyRecommendationDetails.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.HandleAsync(id, cancellationToken, q);
        return model is null ? NotFound() : View(new KeyRecommendationPage(model, null, []));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(
        int id, EditKeyRecommendation.Form form, [FromServices] EditKeyRecommendation.Handler handler,
        [FromServices] KeyRecommendationDetails.Handler details, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await handler.HandleAsync(id, form, cancellationToken) : SynthesisResult.Refused(FormProblem("Check the form: the position must be a number."));
        if (!result.Found || result.Succeeded)
        {
            return Outcome(id, result, new Message("Saved."));
        }

        // Shown again with what the officer typed, and on a conflict the current version beside it.
        var model = await details.HandleAsync(id, cancellationToken);
        Response.StatusCode = result.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return model is null ? NotFound() : View("Details", new KeyRecommendationPage(model, form, result.Errors, result.Conflict));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/sources")]
    public async Task<IActionResult> AddSources(int id, ChangeKeySources.AddForm form, [FromServices] ChangeKeySources.Handler handler, CancellationToken cancellationToken) =>
        Outcome(id, ModelState.IsValid ? await handler.AddAsync(id, form, cancellationToken) : SynthesisResult.Refused(FormProblem("Check the form.")), new Message("Sources added; they are marked Merged."));

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/sources/{recommendationId:int}/remove")]
    public async Task<IActionResult> RemoveSource(int id, int recommendationId, int version, [FromServices] ChangeKeySources.Handler handler, CancellationToken cancellationToken) =>
        Outcome(id, await handler.RemoveAsync(id, recommendationId, version, cancellationToken), new Message("Recommendation {0} removed; its previous status is restored.", recommendationId));

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/unmerge")]
    public async Task<IActionResult> Unmerge(int id, int version, [FromServices] UnmergeKeyRecommendation.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, version, cancellationToken);
        if (result.Succeeded)
        {
            Notice.Ok(new Message("Key recommendation {0} un-merged; its sources have their previous status again.", id)).Keep(TempData);
            return LocalRedirect("/key-recommendations");
        }

        return Outcome(id, result, null);
    }

    // The text policy's refusal says what to do; any other binding error is the one these forms can have.
    private string FormProblem(string otherwise) =>
        UserText.NulRefusedFields(HttpContext).Count > 0 ? UserText.NulRefused : otherwise;

    // Other writes answer with a redirect to the detail page (post/redirect/get), the outcome in the notice.
    private IActionResult Outcome(int id, SynthesisResult result, Message? success)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        (result.Succeeded ? Notice.Ok(success ?? new Message("Saved.")) : new Notice(NoticeKind.Error, result.Errors)).Keep(TempData);
        return LocalRedirect($"/key-recommendations/{id}");
    }
}

public sealed record KeyRecommendationPage(KeyRecommendationDetails.Model Model, EditKeyRecommendation.Form? Yours, IReadOnlyList<Message> Errors, bool Conflict = false);
