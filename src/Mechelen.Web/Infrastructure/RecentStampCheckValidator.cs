using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Identity's security-stamp check, done at most once per validation interval for a user and stamp on
/// this instance. A browser stores the cookie renewed by a check, so it is checked once a minute anyway;
/// a script reusing a copied cookie never stores it and, without this, would reload the account and
/// its roles on every request once the cookie is a minute old. The guarantee stays the same: a
/// disabled account or a changed stamp is refused within one interval.
/// </summary>
public sealed class RecentStampCheckValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signInManager, ILoggerFactory logger, RecentStampChecks recent)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal is null ? null : SignInManager.UserManager.GetUserId(principal);
        var stamp = principal?.FindFirst(SignInManager.Options.ClaimsIdentity.SecurityStampClaimType)?.Value;
        var key = userId is null || stamp is null ? null : $"{userId}|{stamp}";
        if (key is not null && recent.WasCheckedWithin(key, Options.ValidationInterval))
        {
            return;
        }

        await base.ValidateAsync(context);

        // Renewed with a principal: the stamp was checked now and held (a refused one leaves no principal).
        if (key is not null && context.ShouldRenew && context.Principal is not null)
        {
            recent.Checked(key, Options.ValidationInterval);
        }
    }
}

/// <summary>When each user and stamp last passed the check on this instance.</summary>
public sealed class RecentStampChecks(TimeProvider clock) : IDisposable
{
    private readonly MemoryCache _checked = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool WasCheckedWithin(string key, TimeSpan interval) =>
        interval > TimeSpan.Zero && _checked.TryGetValue(key, out DateTimeOffset at) && clock.GetUtcNow() - at < interval;

    public void Checked(string key, TimeSpan interval)
    {
        if (interval > TimeSpan.Zero)
        {
            _checked.Set(key, clock.GetUtcNow(), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = interval });
        }
    }

    public void Dispose() => _checked.Dispose();
}
