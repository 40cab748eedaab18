using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Domain;
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
    public IActionResult Create() => View(AdminViews.CreateUser, new CreateUser.Form());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateUser.Form form, [FromServices] CreateUser.Handler handler, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(form, cancellationToken);
            if (result.Id is not null)
            {
                Notice.Ok(new Message("Account {0} created.", form.Email.Trim())).Keep(TempData);
                return Redirect($"/admin/users/{result.Id}");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", localizer.Text(error));
            }
        }

        form.Password = "";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(AdminViews.CreateUser, form);
    }

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

    [HttpPost("{id}/password")]
    public Task<IActionResult> ResetPassword(
        string id, [DataType(DataType.Password)] string? password, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => ModelState.IsValid ? handler.ResetPasswordAsync(user, password ?? "", cancellationToken) : Task.FromResult<Message?>(new Message(UserText.NulRefused)),
            new Message("Password reset. Give the new password to its owner in person."));

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, true, cancellationToken), new Message("Account disabled: it can no longer sign in, and open sessions end within a minute."));

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, false, cancellationToken), new Message("Account enabled."));

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
