using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Account;

[Authorize(Policy = Policies.SignedIn)]
[Route("account")]
public sealed class ProfileController(CurrentUser current, IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string ProfileView = "/Features/Account/Profile.cshtml";

    [HttpGet("profile")]
    public async Task<IActionResult> Index([FromServices] Profile.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(current.Id!, null, cancellationToken) is { } model ? View(ProfileView, model) : NotFound();

    [HttpPost("profile")]
    public async Task<IActionResult> Index([Bind(Prefix = nameof(Profile.Model.Form))] Profile.Form form, [FromServices] Profile.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await handler.SaveAsync(current.Id!, form, cancellationToken))
            {
                if (form.Language is { Length: > 0 } language)
                {
                    Cultures.Remember(HttpContext, language);
                }

                Notice.Ok(new Message("Changes saved.")).Keep(TempData);
                return Redirect("/account/profile");
            }

            ModelState.AddModelError("Form.Language", localizer["Choose English, French or Spanish."]);
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(ProfileView, await handler.LoadAsync(current.Id!, form, cancellationToken));
    }

    [HttpPost("password")]
    public async Task<IActionResult> Password([Bind(Prefix = nameof(Profile.Model.Password))] Profile.PasswordForm form, [FromServices] Profile.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var errors = await handler.ChangePasswordAsync(current.Id!, form, cancellationToken);
            if (errors.Count == 0)
            {
                Notice.Ok(new Message("Your password is changed. Other browsers signed in as you are signed out within a minute.")).Keep(TempData);
                return Redirect("/account/profile");
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError("Password.New", localizer.Text(error));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(ProfileView, await handler.LoadAsync(current.Id!, null, cancellationToken));
    }
}
