using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Proves that a capture POST arriving without a valid sign-in comes from the rapporteur's own capture page
/// in their own browser. The page carries a token naming the user and the session and holding a random
/// browser key, which the browser also keeps in an HttpOnly SameSite cookie: another site can neither read
/// the token nor make the browser send that cookie with its POST. Fetch metadata and Origin, where the
/// browser sends them, must say the same.
/// </summary>
public sealed class ExpiredLoginToken(IDataProtectionProvider protection)
{
    public const string FieldName = "ExpiredLoginToken";
    public const string CookieName = "mechelen.capture";

    /// <summary>A capture page left open overnight during a two-day conference still gets its note back.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Mechelen.Capture.ExpiredLoginToken.v1").ToTimeLimitedDataProtector();

    /// <summary>The token for a capture form of this user and session; gives the browser its key cookie when it has none.</summary>
    public string Issue(HttpContext context, string userId, int sessionId)
    {
        var browserKey = context.Request.Cookies[CookieName];
        if (browserKey is not { Length: 22 })
        {
            browserKey = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(CookieName, browserKey, new CookieOptions
            {
                HttpOnly = true,
                // Lax is enough: no browser sends it with another site's POST, and it survives arriving from a link.
                SameSite = SameSiteMode.Lax,
                Path = "/sessions",
                MaxAge = CookieLifetime,
                IsEssential = true,
            });
        }

        return _protector.Protect($"{sessionId}\n{browserKey}\n{userId}", Lifetime);
    }

    /// <summary>The user the token was issued to, when this request brings it from that user's page of this session in the same browser; otherwise null.</summary>
    public string? UserOf(HttpRequest request, string? token, int sessionId)
    {
        var browserKey = request.Cookies[CookieName];
        if (string.IsNullOrEmpty(token) || browserKey is not { Length: 22 } || !IsSameOrigin(request))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('\n', 3);
        return parts.Length == 3
            && parts[0] == sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[1]), Encoding.ASCII.GetBytes(browserKey))
            ? parts[2]
            : null;
    }

    /// <summary>
    /// False when the browser says the request was started by another site (Sec-Fetch-Site), or, for a browser
    /// that does not send fetch metadata, by another origin. Neither header is trusted alone: the cookie and the
    /// token must match as well.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site == "same-origin";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }
}
