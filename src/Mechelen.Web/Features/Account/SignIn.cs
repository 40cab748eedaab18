using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Mechelen.Web.Features.Account;

public static class SignIn
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";

        public string? ReturnUrl { get; set; }
    }

    public sealed class Handler(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users)
    {
        /// <summary>The signed-in user's id, or null. One answer for a wrong e-mail, a wrong password, a lock-out or a disabled account: no enumeration.</summary>
        public async Task<string?> HandleAsync(Form form)
        {
            var user = await users.FindByEmailAsync(form.Email.Trim());
            if (user is null || user.IsDisabled)
            {
                // Spend the same effort as a real check, so timing does not tell which e-mails exist.
                users.PasswordHasher.HashPassword(new ApplicationUser { DisplayName = "" }, form.Password);
                return null;
            }

            var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: true, lockoutOnFailure: true);
            return result.Succeeded ? user.Id : null;
        }
    }
}
