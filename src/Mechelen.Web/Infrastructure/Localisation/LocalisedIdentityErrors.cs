using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Infrastructure.Localisation;

/// <summary>Identity's errors (weak password, taken e-mail…) worded from the resources, in the language of the request.</summary>
public sealed class LocalisedIdentityErrors(IStringLocalizer<SharedResource> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Something went wrong with the account. Try again.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Someone else changed this account at the same time. Reload the page and try again.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The password is not correct.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "The link or code has expired or is not valid.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "The recovery code is not valid.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "This sign-in is already linked to another account.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "'{0}' cannot be used as a user name.", userName ?? "");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "'{0}' is not a valid e-mail address.", email ?? "");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with the user name '{0}' exists already.", userName);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with the e-mail address '{0}' exists already.", email);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "'{0}' is not a valid role name.", role ?? "");

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "The role '{0}' exists already.", role);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account has a password already.");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "This account cannot be locked.");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "The account has the role '{0}' already.", role);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "The account does not have the role '{0}'.", role);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "Passwords must be at least {0} characters.", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "Passwords must use at least {0} different characters.", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Passwords must have at least one character that is neither a letter nor a digit.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Passwords must have at least one digit (0–9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Passwords must have at least one lowercase letter (a–z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Passwords must have at least one uppercase letter (A–Z).");

    private IdentityError Error(string code, string key, params object[] args) => new() { Code = code, Description = localizer[key, args] };
}
