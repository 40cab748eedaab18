using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// One log line per request: method, route path, status and duration. No query string, user or
/// address, so that search terms and identities stay out of the logs. Ordinary requests are logged
/// at Debug (a reverse proxy keeps the access log, and a console line per request costs a busy
/// server much of its throughput); a request slower than <see cref="RequestLoggingOptions.SlowAfter"/>
/// or answered with a server error is logged at Warning, so what needs looking at still shows.
/// </summary>
public static class RequestLogging
{
    public const string Category = "Mechelen.Requests";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var options = app.ApplicationServices.GetRequiredService<IOptions<RequestLoggingOptions>>().Value;
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var level = elapsed >= options.SlowAfter || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? LogLevel.Warning
                    : LogLevel.Debug;
                if (logger.IsEnabled(level))
                {
                    logger.Log(level, "{Method} {Path} {Status} {Elapsed:0.0} ms",
                        context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, elapsed.TotalMilliseconds);
                }
            }
        });
    }
}

/// <summary>The <c>RequestLogging</c> section: from how long a request counts as slow and is logged at Warning.</summary>
public sealed class RequestLoggingOptions
{
    public const string Section = "RequestLogging";

    public TimeSpan SlowAfter { get; set; } = TimeSpan.FromSeconds(1);
}
