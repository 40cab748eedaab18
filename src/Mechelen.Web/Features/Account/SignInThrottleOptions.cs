using System.ComponentModel.DataAnnotations;

namespace Mechelen.Web.Features.Account;

/// <summary>How fast anyone can try passwords: per client address (rate limiting) and per account (lock-out).</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignInThrottle";

    /// <summary>Sign-in attempts (right or wrong) one client address may make per <see cref="Window"/>.</summary>
    [Range(1, 10_000, ErrorMessage = "SignInThrottle:PermitLimit must be between 1 and 10000.")]
    public int PermitLimit { get; set; } = 10;

    /// <summary>The sliding window the attempts are counted over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "SignInThrottle:Window must be between 00:00:10 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords in a row that lock an account; more than five, so five requests lock no one out.</summary>
    [Range(6, 1000, ErrorMessage = "SignInThrottle:LockoutThreshold must be between 6 and 1000: with five or fewer, anyone who knows an e-mail address locks its account with a handful of requests.")]
    public int LockoutThreshold { get; set; } = 10;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "SignInThrottle:LockoutDuration must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
