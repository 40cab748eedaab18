using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Features.Admin;

public static class CreateUser
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter the e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(256, ErrorMessage = "The e-mail address can have up to 256 characters.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter the name shown in the app.")]
        [StringLength(200, ErrorMessage = "The name can have up to 200 characters.")]
        public string DisplayName { get; set; } = "";

        [StringLength(200, ErrorMessage = "The organisation can have up to 200 characters.")]
        public string? Organisation { get; set; }

        [Required(ErrorMessage = "Enter a first password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public List<string> Roles { get; set; } = [];
    }

    /// <summary>Either the new user's id or the problems, worded for the form.</summary>
    public sealed record Result(string? Id, IReadOnlyList<Message> Errors);

    public sealed class Handler(UserManager<ApplicationUser> users, MechelenDbContext db, AuditLog audit)
    {
        public async Task<Result> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var roles = form.Roles.Intersect(Domain.Roles.All).ToList();
            var email = form.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null)
            {
                return new Result(null, [new Message("An account with this e-mail address exists already.")]);
            }

            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = form.DisplayName.Trim(),
                Organisation = FormText.TrimOrNull(form.Organisation),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await users.CreateAsync(user, form.Password);
            if (result.Succeeded && roles.Count > 0)
            {
                result = await users.AddToRolesAsync(user, roles);
            }

            if (!result.Succeeded)
            {
                return new Result(null, result.Errors.Select(e => Message.Plain(e.Description)).ToList());
            }

            audit.Record("user-create", "User", user.Id, null, new { user.Email, user.DisplayName, user.Organisation, Roles = roles });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(user.Id, []);
        }
    }
}
