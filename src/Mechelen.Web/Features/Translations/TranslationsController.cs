using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Translations;

/// <summary>Officers write a recommendation's translations and a key recommendation's wording in each language on their detail pages.</summary>
[Authorize(Policy = Policies.Review)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class TranslationsController : Controller
{
    [HttpPost("/recommendations/{id:int}/translations")]
    public async Task<IActionResult> Recommendation(int id, SaveTranslation.Form form, [FromServices] SaveTranslation.Handler handler,
        [FromServices] TranslationList.Handler list, CancellationToken cancellationToken)
    {
        var errors = RecommendationsController.BindingErrors(ModelState, HttpContext).ToList();
        var result = errors.Count > 0 ? SaveTranslation.Result.Failed([.. errors]) : await handler.RecommendationAsync(id, form, cancellationToken);
        if (result.Outcome == SaveTranslation.Outcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome != SaveTranslation.Outcome.Invalid)
        {
            return Done(result, $"/recommendations/{id}");
        }

        var original = await handler.OriginalLanguageAsync(id, cancellationToken);
        if (original is null)
        {
            return NotFound();
        }

        return Again(await list.RecommendationAsync(id, original.Value, cancellationToken), form, result);
    }

    [HttpPost("/key-recommendations/{id:int}/translations")]
    public async Task<IActionResult> KeyRecommendation(int id, SaveTranslation.Form form, [FromServices] SaveTranslation.Handler handler,
        [FromServices] TranslationList.Handler list, CancellationToken cancellationToken)
    {
        var errors = RecommendationsController.BindingErrors(ModelState, HttpContext).ToList();
        var result = errors.Count > 0 ? SaveTranslation.Result.Failed([.. errors]) : await handler.KeyRecommendationAsync(id, form, cancellationToken);
        if (result.Outcome == SaveTranslation.Outcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome != SaveTranslation.Outcome.Invalid)
        {
            return Done(result, $"/key-recommendations/{id}");
        }

        // A form that did not bind is answered before the handler looks the key recommendation up.
        return await handler.KeyExistsAsync(id, cancellationToken)
            ? Again(await list.KeyRecommendationAsync(id, cancellationToken), form, result)
            : NotFound();
    }

    private LocalRedirectResult Done(SaveTranslation.Result result, string page)
    {
        Notice.Ok(new Message(result.Outcome == SaveTranslation.Outcome.Removed ? "Translation removed." : "Translation saved.")).Keep(TempData);
        return LocalRedirect(page + "#translations");
    }

    // The page comes back with what was typed and what is wrong with it: nothing typed is lost.
    private ViewResult Again(TranslationList.Model model, SaveTranslation.Form form, SaveTranslation.Result result)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Translate", new TranslationsSection(model, form, result.Errors));
    }
}
