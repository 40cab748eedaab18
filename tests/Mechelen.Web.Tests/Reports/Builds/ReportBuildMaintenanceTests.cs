using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.Builds.ReportBuildFixture;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>Builds of an instance that died are queued again; old files are deleted, the newest of each report kept.</summary>
public sealed class ReportBuildMaintenanceTests(ReportBuildFixture fixture) : IClassFixture<ReportBuildFixture>
{
    private static ReportBuild Build(string key, ReportBuildStatus status, DateTime at, int attempts = 1) => new()
    {
        Key = key,
        ActiveKey = status is ReportBuildStatus.Queued or ReportBuildStatus.Building ? key : null,
        Query = "event=" + EventCode,
        Language = "en",
        Format = ReportFormats.Pdf,
        Status = status,
        RequestedByName = "test",
        QueuedAt = at,
        StartedAt = status == ReportBuildStatus.Queued ? null : at,
        HeartbeatAt = status == ReportBuildStatus.Queued ? null : at,
        FinishedAt = status is ReportBuildStatus.Done or ReportBuildStatus.Failed ? at : null,
        Attempts = attempts,
        ClaimToken = status == ReportBuildStatus.Building ? Guid.NewGuid() : null,
        Failure = status == ReportBuildStatus.Failed ? ReportBuildFailure.Unexpected : null,
        Parts = status == ReportBuildStatus.Done ? [new ReportBuildFile { Content = [1, 2, 3] }] : [],
    };

    private async Task<T> InScopeAsync<T>(Func<ReportBuildStore, MechelenDbContext, Task<T>> action)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await action(Service<ReportBuildStore>(scope), Db(scope));
    }

    [Fact]
    public async Task StaleBuild_IsQueuedAgain_ItsOldWorkerLosesTheClaim_AndAfterThreeAttemptsItFails()
    {
        var now = DateTime.UtcNow;
        var key = Guid.NewGuid().ToString("N");
        var stale = Build("stale" + key[..20], ReportBuildStatus.Building, now.AddMinutes(-10));
        var dying = Build("dying" + key[..20], ReportBuildStatus.Building, now.AddMinutes(-10), attempts: ReportBuildStore.MaxAttempts);
        var alive = Build("alive" + key[..20], ReportBuildStatus.Building, now.AddSeconds(-5));
        await fixture.Factory.WithDbAsync(db =>
        {
            db.ReportBuilds.AddRange(stale, dying, alive);
            return db.SaveChangesAsync();
        });

        var changed = await InScopeAsync((store, _) => store.RequeueStaleAsync(TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.Equal(2, changed);

        var rows = await fixture.Factory.WithDbAsync(db => db.ReportBuilds.AsNoTracking().Where(b => b.Id == stale.Id || b.Id == dying.Id || b.Id == alive.Id).ToDictionaryAsync(b => b.Id));
        Assert.Equal(ReportBuildStatus.Queued, rows[stale.Id].Status);
        Assert.Null(rows[stale.Id].ClaimToken);
        Assert.Equal(stale.Key, rows[stale.Id].ActiveKey);
        Assert.Equal(ReportBuildStatus.Failed, rows[dying.Id].Status);
        Assert.Equal(ReportBuildFailure.Abandoned, rows[dying.Id].Failure);
        Assert.Null(rows[dying.Id].ActiveKey);
        Assert.Equal(ReportBuildStatus.Building, rows[alive.Id].Status);

        // The worker that went quiet comes back: its progress and its file are refused.
        var lost = new ReportBuildClaim(stale.Id, stale.ClaimToken!.Value);
        Assert.False(await InScopeAsync((store, _) => store.ReportAsync(lost, 80, CancellationToken.None)));
        Assert.False(await InScopeAsync((store, _) => store.FinishAsync(lost, "x.pdf", "application/pdf", [1], CancellationToken.None)));
        Assert.False(await fixture.Factory.WithDbAsync(db => db.ReportBuildFiles.AnyAsync(f => f.ReportBuildId == stale.Id)));

        await fixture.Factory.WithDbAsync(db => db.ReportBuilds.Where(b => b.Id == stale.Id || b.Id == alive.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task CleanUp_KeepsTheNewestFileOfEachReport_AndDropsFilesOlderThanTheLimit()
    {
        var now = DateTime.UtcNow;
        var id = Guid.NewGuid().ToString("N")[..20];
        var olderDone = Build("a" + id, ReportBuildStatus.Done, now.AddHours(-3));
        var newerDone = Build("a" + id, ReportBuildStatus.Done, now.AddHours(-2));
        var newestFailed = Build("a" + id, ReportBuildStatus.Failed, now.AddHours(-1));
        var failedThenDone = Build("b" + id, ReportBuildStatus.Failed, now.AddHours(-3));
        var doneAfterFailure = Build("b" + id, ReportBuildStatus.Done, now.AddHours(-2));
        var tooOld = Build("c" + id, ReportBuildStatus.Done, now.AddDays(-8));
        var queued = Build("d" + id, ReportBuildStatus.Queued, now.AddDays(-9));
        ReportBuild[] all = [olderDone, newerDone, newestFailed, failedThenDone, doneAfterFailure, tooOld, queued];
        foreach (var build in all)
        {
            // One at a time, so ids follow the order above.
            await fixture.Factory.WithDbAsync(db =>
            {
                db.ReportBuilds.Add(build);
                return db.SaveChangesAsync();
            });
        }

        await InScopeAsync((store, _) => store.CleanUpAsync(TimeSpan.FromDays(7), CancellationToken.None));

        var ids = all.Select(b => b.Id).ToList();
        var left = await fixture.Factory.WithDbAsync(db => db.ReportBuilds.Where(b => ids.Contains(b.Id)).Select(b => b.Id).ToListAsync());
        Assert.Equal(new[] { newerDone.Id, newestFailed.Id, doneAfterFailure.Id, queued.Id }.Order(), left.Order());
        var files = await fixture.Factory.WithDbAsync(db => db.ReportBuildFiles.Where(f => ids.Contains(f.ReportBuildId)).Select(f => f.ReportBuildId).ToListAsync());
        Assert.Equal(new[] { newerDone.Id, doneAfterFailure.Id }.Order(), files.Order());
    }
}
