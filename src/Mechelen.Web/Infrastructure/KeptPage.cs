using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// A view whose HTML is kept in <see cref="FiguresCache"/> and sent again, without rendering, to the same person asking
/// for the same address while the data is unchanged. The model says what it shows (<c>key</c>, under the recommendations'
/// <c>stamp</c>); the rest of the page depends on the reader (name and roles in the header), the address (the language
/// switch returns to it) and the antiforgery cookie (the forms' tokens are made for it): all are part of the key. Nothing
/// is kept or sent from the cache for a request without an antiforgery cookie (the page sets one), with a one-time notice
/// waiting in TempData, or for a response that is not a plain 200 or sets a cookie.
/// </summary>
public sealed class KeptPage(ViewResult view, long stamp, string? key) : IActionResult
{
    // The headers the view's forms set (antiforgery: never cached by a browser or proxy) and the body's type, sent again with the kept body.
    private sealed record Page(byte[] Body, string ContentType, string? CacheControl, string? Pragma);

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var pageKey = key is null ? null : KeyFor(http, key);
        if (pageKey is null)
        {
            await view.ExecuteResultAsync(context);
            return;
        }

        var cache = http.RequestServices.GetRequiredService<FiguresCache>();
        var response = http.Response;
        if (cache.TryGet<Page>(stamp, pageKey, out var kept))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = kept.ContentType;
            response.Headers.CacheControl = kept.CacheControl;
            response.Headers.Pragma = kept.Pragma;
            response.ContentLength = kept.Body.Length;
            await response.Body.WriteAsync(kept.Body, http.RequestAborted);
            return;
        }

        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await view.ExecuteResultAsync(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            var page = buffer.ToArray();
            cache.Set(stamp, pageKey, new Page(page, response.ContentType ?? "text/html; charset=utf-8", response.Headers.CacheControl, response.Headers.Pragma), 1 + (page.Length / 1024));
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
    }

    private static string? KeyFor(HttpContext http, string key)
    {
        var request = http.Request;
        var antiforgery = http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var tempData = http.RequestServices.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name;
        if (!HttpMethods.IsGet(request.Method) || antiforgery is null || request.Cookies[antiforgery] is not { Length: > 0 } token
            || (tempData is not null && request.Cookies.ContainsKey(tempData)))
        {
            return null;
        }

        var user = http.User;
        var roles = string.Join(',', user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        return string.Join('|', "page", request.Path.Value, request.QueryString.Value, key,
            user.FindFirstValue(ClaimTypes.NameIdentifier), user.FindFirstValue(CurrentUser.DisplayNameClaim), user.Identity?.Name, roles, token);
    }
}
