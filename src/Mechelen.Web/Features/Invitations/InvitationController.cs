using Mechelen.Web.Data;
using Mechelen.Web.Features.Language;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Invitations;

/// <summary>
/// The page a set-password link opens. The secret travels in the query string, which the request log leaves out; with
/// 256 random bits it cannot be guessed, so the page needs no attempt limit of its own.
/// </summary>
[AllowAnonymous]
[Route(IssueInvitation.Path)]
public sealed class InvitationController(IStringLocalizer<SharedResource> localizer) : Controller
{
    private const string View_ = "/Features/Invitations/Accept.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Accept(string? token, [FromServices] AcceptInvitation.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(token, cancellationToken) is { } model ? View(View_, model) : Invalid();

    [HttpPost("")]
    public async Task<IActionResult> Accept([Bind(Prefix = nameof(AcceptInvitation.Model.Form))] AcceptInvitation.Form form, [FromServices] AcceptInvitation.Handler handler, [FromServices] MechelenDbContext db,
        CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(form.Token, cancellationToken);
        if (model is null)
        {
            return Invalid();
        }

        if (ModelState.IsValid)
        {
            var (userId, errors) = await handler.HandleAsync(form, cancellationToken);
            if (userId is not null)
            {
                await ProfileLanguage.ApplyAsync(HttpContext, db, userId, cancellationToken);
                Notice.Ok(new Message("Your password is set. Welcome.")).Keep(TempData);
                return LocalRedirect("/account/profile");
            }

            if (errors.Count == 0)
            {
                return Invalid();
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError("Form.Password", localizer.Text(error));
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(View_, model with { Form = new AcceptInvitation.Form { Token = form.Token } });
    }

    private ViewResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("/Features/Invitations/Invalid.cshtml");
    }
}
