using System.Collections.Concurrent;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Mechelen.Web.Tests;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task AnOrdinaryRequest_IsLoggedAtDebug_WithoutItsQueryString()
    {
        var log = new RequestLog();
        using var factory = new MechelenAppFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log).AddFilter(RequestLogging.Category, LogLevel.Trace)));

        await app.CreateClient().GetAsync("/health?q=secret-words");

        var entry = Assert.Single(log.Entries, e => e.Message.Contains("/health", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Debug, entry.Level);
        Assert.StartsWith("GET /health 200 ", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestSlowerThanTheSetting_IsLoggedAtWarning()
    {
        var log = new RequestLog();
        using var factory = new MechelenAppFactory().WithSetting("RequestLogging:SlowAfter", "00:00:00");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));

        await app.CreateClient().GetAsync("/health");

        Assert.Equal(LogLevel.Warning, Assert.Single(log.Entries, e => e.Message.Contains("/health", StringComparison.Ordinal)).Level);
    }

    private sealed class RequestLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName == RequestLogging.Category ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}
