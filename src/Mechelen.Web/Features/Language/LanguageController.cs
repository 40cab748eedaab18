using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Language;

/// <summary>The header's language switcher: a plain form post, so it works without JavaScript.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class LanguageController : Controller
{
    [HttpPost("/language")]
    public async Task<IActionResult> Choose(string? culture, string? returnUrl, [FromServices] ChooseLanguage.Handler handler, CancellationToken cancellationToken)
    {
        if (!await handler.HandleAsync(HttpContext, culture, cancellationToken))
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        var back = Cultures.ReturnAddress(returnUrl);
        return LocalRedirect(Url.IsLocalUrl(back) ? back : "/");
    }
}
