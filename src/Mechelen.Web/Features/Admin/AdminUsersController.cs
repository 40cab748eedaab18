using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Admin;

[Authorize(Policy = Policies.Administer)]
[Route("admin/users")]
public sealed class AdminUsersController(UserManager<ApplicationUser> users) : Controller
{
    public const string Notice = "admin-notice";

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
                TempData[Notice] = $"Account {form.Email.Trim()} created.";
                return Redirect($"/admin/users/{result.Id}");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error);
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
    public async Task<IActionResult> Edit(string id, EditUser.Form form, [FromServices] EditUser.Handler handler, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await handler.HandleAsync(user, form, cancellationToken) is { } error)
        {
            ModelState.AddModelError("", error);
        }

        if (ModelState.IsValid)
        {
            TempData[Notice] = "Changes saved.";
            return Redirect($"/admin/users/{id}");
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(AdminViews.EditUser, await handler.ModelAsync(user, form, cancellationToken));
    }

    [HttpPost("{id}/password")]
    public Task<IActionResult> ResetPassword(
        string id, [DataType(DataType.Password)] string? password, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => ModelState.IsValid ? handler.ResetPasswordAsync(user, password ?? "", cancellationToken) : Task.FromResult<string?>(UserText.NulRefused),
            "Password reset. Give the new password to its owner in person.");

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, true, cancellationToken), "Account disabled: it can no longer sign in, and open sessions end within a minute.");

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id, [FromServices] UserSignIn.Handler handler, CancellationToken cancellationToken) =>
        ActAsync(id, user => handler.SetDisabledAsync(user, false, cancellationToken), "Account enabled.");

    private async Task<IActionResult> ActAsync(string id, Func<ApplicationUser, Task<string?>> act, string done)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var error = await act(user);
        TempData[error is null ? Notice : AdminViews.Error] = error ?? done;
        return Redirect($"/admin/users/{id}");
    }
}
