using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Language;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Account;

[Route("account")]
public sealed class AccountController(IStringLocalizer<SharedResource> localizer) : Controller
{
    [AllowAnonymous]
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignIn.Form { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("login")]
    [EnableRateLimiting(SignInThrottle.Policy)]
    public async Task<IActionResult> Login(SignIn.Form form, [FromServices] SignIn.Handler handler, [FromServices] MechelenDbContext db, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await handler.HandleAsync(form) is not { } userId)
        {
            ModelState.AddModelError("", localizer["The e-mail or password is not correct, or the account is locked for a while. Check them and try again."]);
            form.Password = "";
            return View(form);
        }

        await ProfileLanguage.ApplyAsync(HttpContext, db, userId, cancellationToken);
        if (Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl != "/")
        {
            return LocalRedirect(form.ReturnUrl);
        }

        // Policy officers start where their work is: what awaits review.
        var officer = await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.PolicyOfficer), cancellationToken);
        return LocalRedirect(officer ? "/review" : "/");
    }

    [Authorize(Policy = Policies.SignedIn)]
    [HttpPost("logout")]
    public async Task<IActionResult> Logout([FromServices] SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [AllowAnonymous]
    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("~/Features/Errors/Error.cshtml", StatusCodes.Status403Forbidden);
    }
}
