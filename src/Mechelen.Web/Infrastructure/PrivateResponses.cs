namespace Mechelen.Web.Infrastructure;

/// <summary>
/// What a signed-in user is shown (pages, API answers, exports, reports) is theirs: <c>Cache-Control: no-store</c>
/// keeps it out of shared proxies and the browser's disk, so the next person at a conference laptop cannot
/// page back to it after sign-out. Static files, served before authentication, and pages for anonymous
/// visitors keep the default, cacheable headers, marked as varying with the language cookie and
/// <c>Accept-Language</c>, from which their language is chosen.
/// </summary>
public static class PrivateResponses
{
    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                {
                    context.Response.Headers.CacheControl = "no-store";
                }
                else
                {
                    context.Response.Headers.Append("Vary", "Cookie, Accept-Language");
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
