using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>A build claimed by one worker: only the holder of <see cref="Token"/> may report on it or finish it.</summary>
public sealed record ReportBuildClaim(int Id, Guid Token);

/// <summary>
/// The builds table as a queue shared by every instance. Each step is one conditional statement (or one transaction),
/// so two instances never claim, finish or re-queue the same build twice.
/// </summary>
public sealed class ReportBuildStore(MechelenDbContext db, TimeProvider clock)
{
    /// <summary>A build that stopped this many times without finishing is failed rather than queued again.</summary>
    public const int MaxAttempts = 3;

    /// <summary>The oldest queued build, now building under a new token; null when none is queued.</summary>
    public async Task<ReportBuildClaim?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        var candidates = await db.ReportBuilds.AsNoTracking().Where(b => b.Status == ReportBuildStatus.Queued)
            .OrderBy(b => b.Id).Select(b => b.Id).Take(5).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var token = Guid.NewGuid();
            var now = Now;
            // Only one instance's update finds the build still queued.
            var claimed = await db.ReportBuilds.Where(b => b.Id == id && b.Status == ReportBuildStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Building).SetProperty(b => b.ClaimToken, token)
                    .SetProperty(b => b.StartedAt, now).SetProperty(b => b.HeartbeatAt, now).SetProperty(b => b.Progress, 0)
                    .SetProperty(b => b.Attempts, b => b.Attempts + 1), cancellationToken);
            if (claimed == 1)
            {
                return new ReportBuildClaim(id, token);
            }
        }

        return null;
    }

    /// <summary>Records how far the build has come (and that its worker is alive); false when the claim was lost.</summary>
    public async Task<bool> ReportAsync(ReportBuildClaim claim, int progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Now;
        return await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.Progress, progress).SetProperty(b => b.HeartbeatAt, now), cancellationToken) == 1;
    }

    /// <summary>Records the stamp and fingerprint of the data the build is about to read, with its first progress; false when the claim was lost.</summary>
    public async Task<bool> ReadingAsync(ReportBuildClaim claim, long stamp, string? fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Now;
        return await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.Progress, 1).SetProperty(b => b.HeartbeatAt, now)
            .SetProperty(b => b.Stamp, stamp).SetProperty(b => b.Fingerprint, fingerprint), cancellationToken) == 1;
    }

    /// <summary>Parts stored per transaction: about a megabyte, a few milliseconds of the database's one writer.</summary>
    public const int PartsPerTransaction = 12;

    /// <summary>
    /// Stores the file in parts (<see cref="ReportBuildFile.PartSize"/> bytes, <see cref="PartsPerTransaction"/> to a
    /// transaction, so saves get the writer in between), then marks the build done; false when the claim was lost on the
    /// way. Each batch is written only while the claim holds (its heartbeat, in the same transaction), and the first removes
    /// parts a lost claim left; readers see the file only once the build is done.
    /// </summary>
    public async Task<bool> FinishAsync(ReportBuildClaim claim, string fileName, string contentType, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(content);
        var parts = Math.Max(1, (content.Length + ReportBuildFile.PartSize - 1) / ReportBuildFile.PartSize);
        for (var first = 0; first < parts; first += PartsPerTransaction)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = Now;
            if (await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.HeartbeatAt, now), cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            if (first == 0)
            {
                await db.ReportBuildFiles.Where(f => f.ReportBuildId == claim.Id).ExecuteDeleteAsync(cancellationToken);
            }

            for (var part = first; part < Math.Min(parts, first + PartsPerTransaction); part++)
            {
                var start = part * ReportBuildFile.PartSize;
                var bytes = content.AsSpan(start, Math.Min(ReportBuildFile.PartSize, content.Length - start)).ToArray();
                db.ReportBuildFiles.Add(new ReportBuildFile { ReportBuildId = claim.Id, Part = part, Content = bytes });
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var finished = Now;
        return await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Done)
            .SetProperty(b => b.ActiveKey, (string?)null).SetProperty(b => b.Progress, 100).SetProperty(b => b.FinishedAt, finished)
            .SetProperty(b => b.HeartbeatAt, finished).SetProperty(b => b.FileName, fileName).SetProperty(b => b.ContentType, contentType)
            .SetProperty(b => b.Size, content.LongLength).SetProperty(b => b.ClaimToken, (Guid?)null), cancellationToken) == 1;
    }

    /// <summary>Marks the build failed with a reason the page words for its reader.</summary>
    public async Task<bool> FailAsync(ReportBuildClaim claim, ReportBuildFailure failure, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = Now;
        var text = error is { Length: > Data.Configurations.ReportBuildConfiguration.ErrorMaxLength } ? error[..Data.Configurations.ReportBuildConfiguration.ErrorMaxLength] : error;
        return await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Failed)
            .SetProperty(b => b.ActiveKey, (string?)null).SetProperty(b => b.FinishedAt, now).SetProperty(b => b.Failure, failure)
            .SetProperty(b => b.Error, text).SetProperty(b => b.ClaimToken, (Guid?)null), cancellationToken) == 1;
    }

    /// <summary>Gives a build back to the queue (its instance is stopping); the stop does not count as an attempt.</summary>
    public async Task ReleaseAsync(ReportBuildClaim claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await Held(claim).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Queued).SetProperty(b => b.ClaimToken, (Guid?)null)
            .SetProperty(b => b.Progress, 0).SetProperty(b => b.Attempts, b => b.Attempts - 1), cancellationToken);
    }

    /// <summary>
    /// Builds whose worker has not reported for <paramref name="staleAfter"/> went down with their instance: they are queued
    /// again (their old worker, should it come back, has lost its claim), or failed after <see cref="MaxAttempts"/>.
    /// </summary>
    public async Task<int> RequeueStaleAsync(TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = Now;
        var before = now - staleAfter;
        var stale = db.ReportBuilds.Where(b => b.Status == ReportBuildStatus.Building && (b.HeartbeatAt == null || b.HeartbeatAt < before));
        var failed = await stale.Where(b => b.Attempts >= MaxAttempts).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Failed)
            .SetProperty(b => b.ActiveKey, (string?)null).SetProperty(b => b.FinishedAt, now).SetProperty(b => b.Failure, ReportBuildFailure.Abandoned)
            .SetProperty(b => b.ClaimToken, (Guid?)null), cancellationToken);
        var requeued = await stale.Where(b => b.Attempts < MaxAttempts).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ReportBuildStatus.Queued)
            .SetProperty(b => b.ClaimToken, (Guid?)null).SetProperty(b => b.Progress, 0), cancellationToken);
        return failed + requeued;
    }

    /// <summary>
    /// Deletes what nobody needs any more: finished builds older than <paramref name="keepFor"/>, and any finished build
    /// of a report that has a newer finished one (the newest file of each report stays, and a failure stays until a
    /// newer attempt). Queued and running builds are never touched.
    /// </summary>
    public async Task<int> CleanUpAsync(TimeSpan keepFor, CancellationToken cancellationToken)
    {
        var before = Now - keepFor;
        var finished = db.ReportBuilds.Where(b => b.Status == ReportBuildStatus.Done || b.Status == ReportBuildStatus.Failed);
        var old = await finished.Where(b => b.FinishedAt < before).ExecuteDeleteAsync(cancellationToken);
        var superseded = await finished
            .Where(b => db.ReportBuilds.Any(n => n.Key == b.Key && n.Id > b.Id
                && (n.Status == ReportBuildStatus.Done || (b.Status == ReportBuildStatus.Failed && n.Status == ReportBuildStatus.Failed))))
            .ExecuteDeleteAsync(cancellationToken);
        return old + superseded;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private IQueryable<ReportBuild> Held(ReportBuildClaim claim) =>
        db.ReportBuilds.Where(b => b.Id == claim.Id && b.ClaimToken == claim.Token && b.Status == ReportBuildStatus.Building);
}
