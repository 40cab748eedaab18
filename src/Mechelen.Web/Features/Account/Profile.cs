using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Account;

/// <summary>A person's own page: their sessions, name and language, and their password.</summary>
public static class Profile
{
    public sealed class Form
    {
        [Required(ErrorMessage = "Enter the name shown in the app.")]
        [StringLength(200, ErrorMessage = "The name can have up to 200 characters.")]
        public string DisplayName { get; set; } = "";

        public string? Language { get; set; }
    }

    public sealed class PasswordForm
    {
        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [DataType(DataType.Password)]
        public string New { get; set; } = "";

        [DataType(DataType.Password)]
        [Compare(nameof(New), ErrorMessage = "The two passwords are not the same.")]
        public string? Confirm { get; set; }
    }

    public sealed record SessionLink(int Id, string Title, DateTime StartsAt);

    public sealed record Model(string Email, IReadOnlyList<SessionLink> Sessions, Form Form)
    {
        public PasswordForm Password { get; init; } = new();
    }

    public sealed class Handler(MechelenDbContext db, UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AuditLog audit)
    {
        public async Task<Model?> LoadAsync(string userId, Form? form, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (user is null)
            {
                return null;
            }

            var sessions = await db.RapporteurAssignments.AsNoTracking().Where(a => a.UserId == userId)
                .OrderBy(a => a.Session.StartsAt).Select(a => new { a.Session.Id, a.Session.Title, a.Session.StartsAt }).ToListAsync(cancellationToken);
            return new Model(user.Email ?? "", sessions.Select(s => new SessionLink(s.Id, s.Title, s.StartsAt)).ToList(),
                form ?? new Form { DisplayName = user.DisplayName, Language = user.Language });
        }

        /// <summary>Saves the name and language; false for a language the interface does not have.</summary>
        public async Task<bool> SaveAsync(string userId, Form form, CancellationToken cancellationToken)
        {
            var language = string.IsNullOrEmpty(form.Language) ? null : form.Language;
            if (language is not null && !Cultures.IsSupported(language))
            {
                return false;
            }

            var user = await db.Users.FirstAsync(u => u.Id == userId, cancellationToken);
            var before = new { user.DisplayName, user.Language };
            user.DisplayName = form.DisplayName.Trim();
            user.Language = language;
            audit.Record("profile-update", "User", userId, before, new { user.DisplayName, user.Language });
            await db.SaveChangesAsync(cancellationToken);
            // The name shown in the header is a claim of the sign-in cookie.
            await signIn.RefreshSignInAsync(user);
            return true;
        }

        /// <summary>The problems, or none when the password was changed (the person stays signed in here, other browsers are signed out).</summary>
        public async Task<IReadOnlyList<Message>> ChangePasswordAsync(string userId, PasswordForm form, CancellationToken cancellationToken)
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return [new Message("Enter your password.")];
            }

            var result = await users.ChangePasswordAsync(user, form.Current, form.New);
            if (!result.Succeeded)
            {
                return result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? new Message("Your current password is not correct.")
                    : Message.Plain(e.Description)).ToList();
            }

            audit.Record("password-change", "User", userId, null, null);
            await db.SaveChangesAsync(cancellationToken);
            await signIn.RefreshSignInAsync(user);
            return [];
        }
    }
}
