using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Builds one claimed report file: notes the change stamp and the report's fingerprint (so the file is never newer than they
/// say), then reads the data and writes the file on a thread of its own at a low priority while its progress goes to the
/// database every second, then stores it. A report that refuses its filter, or a writer that throws, ends as a failure the page can word.
/// </summary>
public sealed class RunReportBuild(
    MechelenDbContext db, ReportBuildStore queue, IServiceScopeFactory scopes, EfReportReader reader, ReportFileWriter writer,
    ILogger<RunReportBuild> logger)
{
    /// <summary>How often progress is written while the file is being made.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    public async Task RunAsync(ReportBuildClaim claim, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var build = await db.ReportBuilds.AsNoTracking().Where(b => b.Id == claim.Id)
            .Select(b => new { b.Query, b.Language, b.Format }).SingleAsync(stoppingToken);
        var request = new ReportRequest(build.Query, build.Language, build.Format);
        try
        {
            var text = ReportText.For(request.Language) ?? ReportText.English;
            var scope = request.Scope() with { Language = text.Language };
            var stamp = await FiguresCache.StampAsync(db, stoppingToken);
            await queue.ReadingAsync(claim, stamp, await reader.FingerprintAsync(scope, stoppingToken), stoppingToken);
            if (await BuildAsync(claim, scope, text, request.Format, stoppingToken) is not { } built)
            {
                return;
            }

            var (result, content) = built;
            if (result.Report is not { } report)
            {
                await queue.FailAsync(claim, result.NotFound ? ReportBuildFailure.NoEvent : ReportBuildFailure.Refused, result.Error, stoppingToken);
                return;
            }

            var extension = request.Format == ReportFormats.Word ? ReportFormats.Word : ReportFormats.Pdf;
            if (!await queue.FinishAsync(claim, report.FileName(extension), ReportFormats.ContentType(request.Format), content, stoppingToken))
            {
                logger.LogWarning("Report build {Id} finished after its claim was lost (taken for stopped); its file was dropped", claim.Id);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The instance is stopping: another one (or this one, restarted) builds it from the start.
            await queue.ReleaseAsync(claim, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Report build {Id} ({Format}, {Language}, {Query}) failed", claim.Id, request.Format, request.Language, request.Query);
            await queue.FailAsync(claim, ReportBuildFailure.Unexpected, null, CancellationToken.None);
        }
    }

    /// <summary>
    /// The report read and its file's bytes (none when the report refused); null when the claim was lost on the way
    /// (another instance took the build for stopped).
    /// </summary>
    private async Task<(ReportResult Result, byte[] Content)?> BuildAsync(
        ReportBuildClaim claim, ReportScope scope, ReportText text, string format, CancellationToken stoppingToken)
    {
        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = new LatestPercent();
        using var stream = new MemoryStream();
        // The read has a database context of its own: progress is written on this one meanwhile.
        await using var reading = scopes.CreateAsyncScope();
        var reports = reading.ServiceProvider.GetRequiredService<OutcomeReportService>();
        // A thread of its own, at a lower priority, for the read and the layout: a large report must not hold one of the pool's
        // threads that serve requests, nor take the processor from them (it gets what requests leave). SQLite answers the
        // read's awaits at once, so the read runs on this thread; a provider that really waits continues on the pool.
        var writing = Task.Factory.StartNew(
            () =>
            {
                LowPriority.ForThisThread();
                var result = reports.BuildAsync(scope, text, lost.Token).GetAwaiter().GetResult();
                if (result.Report is { } report)
                {
                    writer.Write(report, format, stream, progress, lost.Token);
                }

                return result;
            },
            lost.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            while (!writing.IsCompleted)
            {
                await Task.WhenAny(writing, Task.Delay(ProgressInterval, stoppingToken));
                if (writing.IsCompleted)
                {
                    break;
                }

                // Written every interval even when unchanged: it is also the heartbeat that tells other instances this build is alive.
                if (!await queue.ReportAsync(claim, 2 + (Math.Clamp(progress.Value, 0, 100) * 97 / 100), stoppingToken))
                {
                    logger.LogWarning("Report build {Id} lost its claim while writing (taken for stopped); stopped it", claim.Id);
                    return null;
                }
            }

            return (await writing, stream.ToArray());
        }
        finally
        {
            if (!writing.IsCompleted)
            {
                // Stopping or lost: the writer stops at its next page; wait for it before its stream goes.
                await lost.CancelAsync();
                await writing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Keeps the last percentage the writer reported; read by the loop that stores it.</summary>
    private sealed class LatestPercent : IProgress<int>
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Report(int value) => Volatile.Write(ref _value, value);
    }
}
