using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Account;

/// <summary>
/// Limits sign-in attempts per client address with ASP.NET Core rate limiting, on top of Identity's account
/// lock-out. An attempt over the limit gets the sign-in page again with a message (429), with what was typed
/// except the password. Counters are per instance: with N instances an address gets up to N times the limit,
/// while the lock-out, kept in the database, holds for all of them.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";
    public const string Message = "Too many sign-in attempts from your network. Wait a minute, then try again.";

    private const long MaxFormBytes = 16 * 1024;

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInThrottleOptions>>((identity, throttle) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = throttle.Value.LockoutThreshold;
            identity.Lockout.DefaultLockoutTimeSpan = throttle.Value.LockoutDuration;
        });
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<SignInThrottleOptions>>().Value;
                return RateLimitPartition.GetSlidingWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = settings.PermitLimit,
                    Window = settings.Window,
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>
    /// The address attempts are counted under (after forwarded headers, when a proxy is configured). An IPv6
    /// client is counted by its /64 network, which one household or attacker gets whole.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPNetwork(address, 64).BaseAddress + "/64"
            : address.ToString();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

        var form = new SignIn.Form();
        if (http.Request.HasFormContentType && http.Request.ContentLength is > 0 and <= MaxFormBytes)
        {
            var posted = await http.Request.ReadFormAsync(cancellationToken);
            form.Email = posted[nameof(SignIn.Form.Email)].ToString();
            form.ReturnUrl = posted[nameof(SignIn.Form.ReturnUrl)];
        }

        var modelState = new ModelStateDictionary();
        modelState.AddModelError("", http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>()[Message]);
        var action = http.GetEndpoint()?.Metadata.GetMetadata<ActionDescriptor>() ?? new ActionDescriptor();
        var page = new ViewResult
        {
            ViewName = "/Features/Account/Login.cshtml",
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<SignIn.Form>(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), modelState) { Model = form },
        };
        await page.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), action, modelState));
    }
}
