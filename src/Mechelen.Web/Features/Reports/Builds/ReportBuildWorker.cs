using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Builds queued report files on this instance, <see cref="ReportOptions.BuildConcurrency"/> at a time (one by
/// default, so builds never take more than a core from the requests), and keeps the queue healthy: builds of an
/// instance that died are queued again, old files deleted. Every instance runs one; the database decides who builds what.
/// </summary>
public sealed class ReportBuildWorker(
    IServiceScopeFactory scopes, IOptions<ReportOptions> options, ReportBuildSignal signal, TimeProvider clock,
    ILogger<ReportBuildWorker> logger) : BackgroundService
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromMinutes(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var loops = Enumerable.Range(0, settings.BuildConcurrency).Select(_ => BuildLoopAsync(settings, stoppingToken))
            .Append(MaintenanceLoopAsync(settings, stoppingToken));
        return Task.WhenAll(loops);
    }

    private async Task BuildLoopAsync(ReportOptions settings, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            var built = false;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var claim = await scope.ServiceProvider.GetRequiredService<ReportBuildStore>().ClaimNextAsync(stoppingToken);
                if (claim is not null)
                {
                    await scope.ServiceProvider.GetRequiredService<RunReportBuild>().RunAsync(claim, stoppingToken);
                    built = true;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be away for a moment; the next round tries again.
                logger.LogError(ex, "Looking for report builds failed");
            }

            if (!built)
            {
                await WaitAsync(wake, settings.BuildPollInterval, stoppingToken);
            }
        }
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

    private async Task WaitAsync(Task wake, TimeSpan timeout, CancellationToken stoppingToken)
    {
        try
        {
            await wake.WaitAsync(timeout, clock, stoppingToken);
        }
        catch (TimeoutException)
        {
        }
        catch (OperationCanceledException)
        {
        }
    }
}
