using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Mechelen.Web.Infrastructure.Localisation;

/// <summary>
/// The interface languages and where a reader's choice is kept. A request's language is, in order: <c>?culture=</c>,
/// the language cookie (set by the switcher, and from the profile at sign-in), then <c>Accept-Language</c>, then English.
/// </summary>
public static class Cultures
{
    public const string CookieName = "mechelen.culture";

    public static readonly CultureInfo[] Supported = [new("en"), new("fr"), new("es")];

    /// <summary>Each language named in itself, as the switcher shows it.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Choices = [("en", "English"), ("fr", "Français"), ("es", "Español")];

    public static bool IsSupported(string? code) => code is not null && Supported.Any(c => c.Name == code);

    /// <summary>The language of the current request, as its two-letter code.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static void ConfigureRequestLocalization(RequestLocalizationOptions options)
    {
        options.DefaultRequestCulture = new RequestCulture(Supported[0]);
        options.SupportedCultures = Supported;
        options.SupportedUICultures = Supported;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { Options = options },
            new CookieRequestCultureProvider { CookieName = CookieName, Options = options },
            new AcceptLanguageHeaderRequestCultureProvider { Options = options },
        ];
    }

    /// <summary>The language kept in the cookie, when it is one of ours.</summary>
    public static string? FromCookie(HttpRequest request)
    {
        var value = request.Cookies[CookieName];
        var code = value is null ? null : CookieRequestCultureProvider.ParseCookieValue(value)?.UICultures.FirstOrDefault().Value;
        return IsSupported(code) ? code : null;
    }

    /// <summary>Keeps the language for a year on this browser, signed in or not.</summary>
    public static void Remember(HttpContext context, string code) =>
        context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(code)), new CookieOptions
        {
            Path = "/",
            Expires = DateTimeOffset.UtcNow.AddYears(1),
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
        });

    /// <summary>The address to go back to after a switch: local only, and without a <c>culture</c> parameter that would overrule the new choice.</summary>
    public static string ReturnAddress(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) || returnUrl.StartsWith("/\\", StringComparison.Ordinal))
        {
            return "/";
        }

        var query = returnUrl.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return returnUrl;
        }

        var kept = returnUrl[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("culture=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("ui-culture=", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return returnUrl[..query] + (kept.Count == 0 ? "" : "?" + string.Join('&', kept));
    }
}
