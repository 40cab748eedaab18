using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Language;

/// <summary>
/// The header's language switcher: a plain form post, so it works without JavaScript. Anonymous pages carry
/// no antiforgery token (so they stay cacheable): for them a cross-site post could at most change a
/// browser's language cookie. A signed-in user's profile changes only with a valid token.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LanguageController : Controller
{
    [HttpPost("/language")]
    public async Task<IActionResult> Choose(
        string? culture, string? returnUrl, [FromServices] ChooseLanguage.Handler handler, [FromServices] IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true && !await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        if (!await handler.HandleAsync(HttpContext, culture, cancellationToken))
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        var back = Cultures.ReturnAddress(returnUrl);
        return LocalRedirect(Url.IsLocalUrl(back) ? back : "/");
    }
}
