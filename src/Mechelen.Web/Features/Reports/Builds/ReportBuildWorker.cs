using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Builds queued report files for this instance, <see cref="ReportOptions.BuildConcurrency"/> at a time (one by
/// default, so builds never take more than a core from the requests), and keeps the queue healthy: builds of an
/// instance that died are queued again, old files deleted. Every instance runs one; the database decides who builds what.
/// The builds run in a child process of the app (<see cref="ReportBuilderProcess"/>) unless
/// <see cref="ReportOptions.BuildInChildProcess"/> is off or the child cannot be started; then on threads of the app.
/// </summary>
public sealed class ReportBuildWorker(
    IServiceScopeFactory scopes, IOptions<ReportOptions> options, ReportBuildLoop loop, ReportBuilderProcess builder,
    ReportBuildSignal signal, TimeProvider clock, ILogger<ReportBuildWorker> logger) : BackgroundService
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromMinutes(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var building = new List<Task> { MaintenanceLoopAsync(settings, stoppingToken) };
        if (settings.BuildConcurrency == 0)
        {
            return Task.WhenAll(building);
        }

        if (settings.BuildInChildProcess)
        {
            if (builder.Start())
            {
                building.Add(builder.SuperviseAsync(stoppingToken));
                return Task.WhenAll(building);
            }

            logger.LogWarning("Reports are built by the app itself");
        }

        building.AddRange(Enumerable.Range(0, settings.BuildConcurrency).Select(_ => loop.RunAsync(settings.BuildPollInterval, stoppingToken)));
        return Task.WhenAll(building);
    }

    private async Task MaintenanceLoopAsync(ReportOptions settings, CancellationToken stoppingToken)
    {
        var cleanedAt = DateTimeOffset.MinValue;
        // Checked a few times within the stale time, so a build of a dead instance waits about that long, not much longer.
        var every = TimeSpan.FromTicks(Math.Max(settings.BuildPollInterval.Ticks, settings.BuildStaleAfter.Ticks / 4));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var queue = scope.ServiceProvider.GetRequiredService<ReportBuildStore>();
                if (await queue.RequeueStaleAsync(settings.BuildStaleAfter, stoppingToken) > 0)
                {
                    logger.LogWarning("Report builds without progress for {Stale} were queued again (or failed after {Max} attempts)", settings.BuildStaleAfter, ReportBuildStore.MaxAttempts);
                    signal.Wake();
                }

                if (clock.GetUtcNow() - cleanedAt >= CleanUpEvery)
                {
                    await queue.CleanUpAsync(settings.KeepBuildsFor, stoppingToken);
                    cleanedAt = clock.GetUtcNow();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Report build maintenance failed");
            }

            try
            {
                await Task.Delay(every, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
