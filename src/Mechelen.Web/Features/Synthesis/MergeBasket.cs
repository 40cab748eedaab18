using System.Globalization;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>
/// The recommendations an officer has set aside to merge, collected from the list, review mode and the duplicate
/// suggestions. It lives in a cookie of the officer's browser (ids only; everything shown is read again within the
/// reader's scope), so no server keeps it and any instance behind a load balancer reads the same basket.
/// </summary>
public static class MergeBasket
{
    public const string CookieName = "mechelen.basket";
    public const int MaxItems = 50;

    public static List<int> Read(HttpRequest request) =>
        (request.Cookies[CookieName] ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Take(MaxItems).ToList();

    public static void Write(HttpContext context, IEnumerable<int> ids)
    {
        var list = ids.Where(id => id > 0).Distinct().Take(MaxItems).ToList();
        if (list.Count == 0)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/" });
            return;
        }

        context.Response.Cookies.Append(CookieName, string.Join('.', list.Select(id => id.ToString(CultureInfo.InvariantCulture))), new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(7),
        });
    }

    /// <summary>Adds ids at the end; returns how many were new and whether the basket was full.</summary>
    public static (int Added, bool Full) Add(HttpContext context, IEnumerable<int> ids)
    {
        var basket = Read(context.Request);
        var added = 0;
        var full = false;
        foreach (var id in ids.Where(id => id > 0).Distinct())
        {
            if (basket.Contains(id))
            {
                continue;
            }

            if (basket.Count >= MaxItems)
            {
                full = true;
                break;
            }

            basket.Add(id);
            added++;
        }

        Write(context, basket);
        return (added, full);
    }

    public static void Remove(HttpContext context, IEnumerable<int> ids)
    {
        var gone = ids.ToHashSet();
        Write(context, Read(context.Request).Where(id => !gone.Contains(id)));
    }
}
