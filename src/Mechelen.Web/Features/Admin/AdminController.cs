using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>Events, sessions and governance areas: names, descriptions and order.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin")]
public sealed class AdminController(IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] AdminOverview.Handler handler, CancellationToken cancellationToken) =>
        View(AdminViews.Index, await handler.HandleAsync(cancellationToken));

    [HttpGet("events/{id:int}")]
    public async Task<IActionResult> Event(int id, [FromServices] EditEvent.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View(AdminViews.EditEvent, model) : NotFound();

    [HttpPost("events/{id:int}")]
    public async Task<IActionResult> Event(int id, EditEvent.Form form, [FromServices] EditEvent.Handler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            return await handler.HandleAsync(id, form, cancellationToken) ? Saved() : NotFound();
        }

        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : Invalid(AdminViews.EditEvent, model with { Form = form });
    }

    [HttpGet("sessions/{id:int}")]
    public async Task<IActionResult> Session(int id, [FromServices] EditSession.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View(AdminViews.EditSession, model) : NotFound();

    [HttpPost("sessions/{id:int}")]
    public async Task<IActionResult> Session(int id, EditSession.Form form, [FromServices] EditSession.Handler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await handler.HandleAsync(id, form, cancellationToken) is not { } error)
            {
                return Saved();
            }

            ModelState.AddModelError("", localizer.Text(error));
        }

        // A missing session fails both ways: the handler refuses it and there is nothing to load.
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : Invalid(AdminViews.EditSession, model with { Form = form });
    }

    [HttpGet("areas/{id:int}")]
    public async Task<IActionResult> Area(int id, [FromServices] EditArea.Handler handler, CancellationToken cancellationToken) =>
        await handler.LoadAsync(id, cancellationToken) is { } model ? View(AdminViews.EditArea, model) : NotFound();

    [HttpPost("areas/{id:int}")]
    public async Task<IActionResult> Area(int id, EditArea.Form form, [FromServices] EditArea.Handler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            return await handler.HandleAsync(id, form, cancellationToken) ? Saved() : NotFound();
        }

        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : Invalid(AdminViews.EditArea, model with { Form = form });
    }

    private RedirectResult Saved()
    {
        Notice.Ok(new Message("Changes saved.")).Keep(TempData);
        return Redirect("/admin");
    }

    private ViewResult Invalid(string view, object model)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(view, model);
    }
}

/// <summary>The admin views live in this folder whatever the controller's name.</summary>
public static class AdminViews
{
    public const string Index = "/Features/Admin/Index.cshtml";
    public const string Users = "/Features/Admin/Users.cshtml";
    public const string Invite = "/Features/Admin/Invite.cshtml";
    public const string Invited = "/Features/Admin/Invited.cshtml";
    public const string EditUser = "/Features/Admin/EditUser.cshtml";
    public const string EditEvent = "/Features/Admin/EditEvent.cshtml";
    public const string EditSession = "/Features/Admin/EditSession.cshtml";
    public const string EditArea = "/Features/Admin/EditArea.cshtml";
}
