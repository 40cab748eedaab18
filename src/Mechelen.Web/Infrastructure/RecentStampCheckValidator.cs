using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
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
/// its roles on every request once the cookie is a minute old. The guarantees stay the same: a
/// disabled account or a changed stamp is refused within one interval, and the claims a request runs
/// with are at most one interval old.
/// </summary>
public sealed class RecentStampCheckValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<ApplicationUser> signInManager, ILoggerFactory logger, RecentStampChecks recent, TimeProvider clock)
    : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var issued = context.Properties.IssuedUtc;
        var due = issued is null || clock.GetUtcNow() - issued.Value > Options.ValidationInterval;
        var userId = principal is null ? null : SignInManager.UserManager.GetUserId(principal);
        var stamp = principal?.FindFirst(SignInManager.Options.ClaimsIdentity.SecurityStampClaimType)?.Value;
        var key = userId is null || stamp is null ? null : $"{userId}|{stamp}";

        // Due, but this user and stamp passed a moment ago: use the principal that check built, as a
        // browser would from the renewed cookie (a changed display name or role shows as it would there).
        if (due && key is not null && recent.TryGetRecent(key, Options.ValidationInterval, out var checkedPrincipal))
        {
            context.ReplacePrincipal(checkedPrincipal.Clone());
            return;
        }

        await base.ValidateAsync(context);

        // Renewed with a principal: the stamp was checked now and held (a refused one leaves no principal).
        if (due && key is not null && context.ShouldRenew && context.Principal is not null)
        {
            recent.Record(key, context.Principal.Clone(), Options.ValidationInterval);
        }
    }
}

/// <summary>When each user and stamp last passed the check on this instance, and the principal that check built.</summary>
public sealed class RecentStampChecks(TimeProvider clock) : IDisposable
{
    private sealed record Check(DateTimeOffset At, ClaimsPrincipal Principal);

    private readonly MemoryCache _checked = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool TryGetRecent(string key, TimeSpan interval, [NotNullWhen(true)] out ClaimsPrincipal? principal)
    {
        principal = null;
        if (interval > TimeSpan.Zero && _checked.TryGetValue(key, out Check? check) && check is not null && clock.GetUtcNow() - check.At < interval)
        {
            principal = check.Principal;
        }

        return principal is not null;
    }

    public void Record(string key, ClaimsPrincipal principal, TimeSpan interval)
    {
        if (interval > TimeSpan.Zero)
        {
            _checked.Set(key, new Check(clock.GetUtcNow(), principal), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = interval });
        }
    }

    public void Dispose() => _checked.Dispose();
}
