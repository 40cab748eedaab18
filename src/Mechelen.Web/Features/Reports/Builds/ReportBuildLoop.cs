namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Claims queued builds one after another and builds them, waiting for a wake (<see cref="ReportBuildSignal"/>) or the poll
/// interval when there is none. Run by the app's worker, or by the report builder process (<see cref="ReportBuilderCommand"/>).
/// </summary>
public sealed class ReportBuildLoop(IServiceScopeFactory scopes, ReportBuildSignal signal, TimeProvider clock, ILogger<ReportBuildLoop> logger)
{
    /// <summary>Builds until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(TimeSpan pollInterval, CancellationToken stoppingToken)
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
                try
                {
                    await wake.WaitAsync(pollInterval, clock, stoppingToken);
                }
                catch (TimeoutException)
                {
                }
                catch (OperationCanceledException)
                {
                }
            }
        }
    }
}
