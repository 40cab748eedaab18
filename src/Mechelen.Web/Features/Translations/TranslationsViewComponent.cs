using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Translations;

/// <summary>The translations section of a recommendation's or key recommendation's detail page.</summary>
public sealed class TranslationsViewComponent(TranslationList.Handler list) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(TranslationList.Subject subject, int id, RecommendationLanguage? original)
    {
        var model = subject == TranslationList.Subject.Recommendation
            ? await list.RecommendationAsync(id, original ?? RecommendationLanguage.Other, HttpContext.RequestAborted)
            : await list.KeyRecommendationAsync(id, HttpContext.RequestAborted);
        return View("~/Features/Translations/_Translations.cshtml", new TranslationsSection(model, null, []));
    }
}

/// <summary>The section, with the form an officer posted (and what was wrong with it) when it comes back.</summary>
public sealed record TranslationsSection(TranslationList.Model Model, SaveTranslation.Form? Posted, IReadOnlyList<Infrastructure.Localisation.Message> Errors);
