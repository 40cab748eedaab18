using Mechelen.Web.Domain;
using Mechelen.Web.Features.Invitations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
[Route("admin/users")]
public sealed class AdminUsersController(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] UserList.Handler handler, CancellationToken cancellationToken) =>
        View(AdminViews.Users, await handler.HandleAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create(int? eventId, [FromServices] InvitePeople.Handler handler, CancellationToken cancellationToken) =>
        View(AdminViews.Invite, await handler.ModelAsync(eventId, null, [], cancellationToken));

    [HttpPost("new")]
    [RequestSizeLimit(Capture.WorkbookGuard.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Create(int? eventId, string? list, IFormFile? file, [FromServices] InvitePeople.Handler handler, CancellationToken cancellationToken)
    {
        List<InvitePeople.Line> lines;
        if (file is { Length: > 0 })
        {
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            if (Capture.WorkbookGuard.Check(stream) is { } refusal)
            {
                return await RefusedAsync([new InvitePeople.Problem(0, "", new Message(refusal))]);
            }

            lines = InvitePeople.ParseWorkbook(stream);
        }
        else
        {
            if (!ModelState.IsValid)
            {
                return await RefusedAsync([new InvitePeople.Problem(0, "", new Message(UserText.NulRefused))]);
            }

            lines = InvitePeople.ParseText(list);
        }

        var (done, problems) = await handler.HandleAsync(eventId, lines, BaseUrl, cancellationToken);
        return done is not null ? View(AdminViews.Invited, done) : await RefusedAsync(problems);

        async Task<IActionResult> RefusedAsync(IReadOnlyList<InvitePeople.Problem> found)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(AdminViews.Invite, await handler.ModelAsync(eventId, list, found, cancellationToken));
        }
    }

    [HttpGet("new/template.xlsx")]
    public IActionResult Template() =>
        File(InvitationSheet.Template(localizer), Capture.CaptureTemplate.ContentType, "people.xlsx");

    [HttpPost("new/links.xlsx")]
    public IActionResult Sheet(List<InvitationSheet.Row> rows) =>
        File(InvitationSheet.Build(rows, localizer), Capture.CaptureTemplate.ContentType, "invitations.xlsx");

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, [FromServices] EditUser.Handler handler, CancellationToken cancellationToken)
    {
        var model = await handler.LoadAsync(id, cancellationToken);
        return model is null ? NotFound() : View(AdminViews.EditUser, model);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = nameof(EditUser.Model.Form))] EditUser.Form form, [FromServices] EditUser.Handler handler, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await handler.HandleAsync(user, form, cancellationToken) is { } error)
        {
            ModelState.AddModelError("", localizer.Text(error));
        }

        if (ModelState.IsValid)
        {
            Notice.Ok(new Message("Changes saved.")).Keep(TempData);
            return Redirect($"/admin/users/{id}");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(AdminViews.EditUser, await handler.ModelAsync(user, form, cancellationToken));
    }

    [HttpPost("{id}/invitation")]
    public async Task<IActionResult> Reinvite(string id, [FromServices] InvitePeople.Handler handler, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? NotFound() : View(AdminViews.Invited, await handler.ReissueAsync(user, BaseUrl, cancellationToken));
    }

    [HttpPost("{id}/invitation/revoke")]
    public Task<IActionResult> Revoke(string id, [FromServices] IssueInvitation issue, CancellationToken cancellationToken) =>
        ActAsync(id, async user => await issue.RevokeAsync(user.Id, cancellationToken) ? null : new Message("This account has no open invitation."),
            new Message("The link was revoked: it no longer works."));

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, true, cancellationToken), new Message("Account disabled: it can no longer sign in, and open sessions end within a minute."));

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, false, cancellationToken), new Message("Account enabled."));

    private string BaseUrl => $"{Request.Scheme}://{Request.Host}{Request.PathBase}";

    private async Task<IActionResult> ActAsync(string id, Func<ApplicationUser, Task<Message?>> act, Message done)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var error = await act(user);
        (error is null ? Notice.Ok(done) : Notice.Error(error)).Keep(TempData);
        return Redirect($"/admin/users/{id}");
    }
}
