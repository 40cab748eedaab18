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

    [HttpGet("events/new")]
    public async Task<IActionResult> NewEvent(int? copy, [FromServices] CreateEvent.Handler handler, CancellationToken cancellationToken) =>
        View(AdminViews.CreateEvent, await handler.NewAsync(copy, cancellationToken));

    [HttpPost("events/new")]
    public async Task<IActionResult> NewEvent([Bind(Prefix = nameof(CreateEvent.Model.Form))] CreateEvent.Form form, [FromServices] CreateEvent.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (id, error) = await handler.HandleAsync(form, cancellationToken);
            if (id is not null)
            {
                Notice.Ok(new Message("Event created. Add its sessions now.")).Keep(TempData);
                return Redirect($"/admin/events/{id}");
            }

            ModelState.AddModelError("Form.Code", localizer.Text(error!));
        }

        var source = (await handler.NewAsync(form.CopyFromId, cancellationToken)).CopyFromName;
        return Invalid(AdminViews.CreateEvent, new CreateEvent.Model(form, source));
    }

    [HttpPost("events/{id:int}/delete")]
    public async Task<IActionResult> DeleteEvent(int id, [FromServices] ProgrammeChanges.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.DeleteEventAsync(id, cancellationToken) is { } error)
        {
            Notice.Error(error).Keep(TempData);
            return Redirect($"/admin/events/{id}");
        }

        Notice.Ok(new Message("Event deleted.")).Keep(TempData);
        return Redirect("/admin");
    }

    [HttpGet("events/{id:int}/sessions/new")]
    public async Task<IActionResult> NewSession(int id, [FromServices] ProgrammeChanges.Handler handler, CancellationToken cancellationToken) =>
        await handler.NewSessionAsync(id, cancellationToken) is { } model ? View(AdminViews.EditSession, model) : NotFound();

    [HttpPost("events/{id:int}/sessions/new")]
    public async Task<IActionResult> NewSession(int id, [Bind(Prefix = nameof(EditSession.Model.Form))] EditSession.Form form, [FromServices] ProgrammeChanges.Handler handler,
        CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var (created, error) = await handler.AddSessionAsync(id, form, cancellationToken);
            if (created is not null)
            {
                Notice.Ok(new Message("Session added.")).Keep(TempData);
                return Redirect($"/admin/events/{id}");
            }

            ModelState.AddModelError("", localizer.Text(error!));
        }

        var model = await handler.NewSessionAsync(id, cancellationToken);
        return model is null ? NotFound() : Invalid(AdminViews.EditSession, model with { Form = form });
    }

    [HttpPost("sessions/{id:int}/delete")]
    public async Task<IActionResult> DeleteSession(int id, [FromServices] ProgrammeChanges.Handler handler, CancellationToken cancellationToken)
    {
        if (await handler.DeleteSessionAsync(id, cancellationToken) is { } error)
        {
            Notice.Error(error).Keep(TempData);
            return Redirect($"/admin/sessions/{id}");
        }

        Notice.Ok(new Message("Session deleted.")).Keep(TempData);
        return Redirect("/admin");
    }

    [HttpGet("assignments")]
    public async Task<IActionResult> Assignments([FromQuery(Name = "event")] int? eventId, [FromServices] AssignmentGrid.Handler handler, CancellationToken cancellationToken) =>
        View(AdminViews.Assignments, await handler.LoadAsync(eventId, cancellationToken));

    [HttpPost("assignments")]
    public async Task<IActionResult> Assignments(int eventId, List<string> people, List<string> ticked, [FromServices] AssignmentGrid.Handler handler,
        CancellationToken cancellationToken)
    {
        var saved = await handler.SaveAsync(eventId, people, ticked, cancellationToken);
        (saved ? Notice.Ok(new Message("Changes saved.")) : Notice.Error(new Message("This event no longer exists."))).Keep(TempData);
        return Redirect($"/admin/assignments?event={eventId}");
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
    public const string CreateEvent = "/Features/Admin/CreateEvent.cshtml";
    public const string Assignments = "/Features/Admin/Assignments.cshtml";
    public const string EditSession = "/Features/Admin/EditSession.cshtml";
    public const string EditArea = "/Features/Admin/EditArea.cshtml";
}
