using System.Diagnostics;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// One log line per request: method, route path, status and duration. No query string, user or
/// address, so that search terms and identities stay out of the logs.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Mechelen.Requests");
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                logger.LogInformation("{Method} {Path} {Status} {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed);
            }
        });
    }
}
