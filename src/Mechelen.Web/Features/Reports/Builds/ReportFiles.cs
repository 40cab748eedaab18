using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>A build as the page and the status endpoint show it (never its bytes).</summary>
public sealed record ReportBuildRow(
    int Id, string Format, string Query, string Language, ReportBuildStatus Status, int Progress, long? Stamp, string? Fingerprint,
    DateTime QueuedAt, DateTime? FinishedAt, string? FileName, long? Size, ReportBuildFailure? Failure, string? Error)
{
    public bool IsActive => Status is ReportBuildStatus.Queued or ReportBuildStatus.Building;
}

/// <summary>
/// One file of a report (PDF or Word) for the report page: the build on its way, if any, the newest finished file,
/// and the newest failure when it is newer than that file; with whether the file still shows the data as it is now.
/// </summary>
public sealed record ReportFile(ReportRequest Request, ReportBuildRow? Active, ReportBuildRow? Done, ReportBuildRow? Failed, long CurrentStamp, string? CurrentFingerprint)
{
    public string Format => Request.Format;

    /// <summary>0 when the finished file is current (or there is none), else the changes to the data since it was made.</summary>
    public long ChangesSince => Done is { } done ? ReportFiles.ChangesSince(done, CurrentStamp, CurrentFingerprint) : 0;
}

/// <summary>Reads the builds of a report, or one build, for the page and the status endpoint.</summary>
public sealed class ReportFiles(MechelenDbContext db, EfReportReader reader)
{
    /// <summary>
    /// 0 when a finished file shows the data as it is now (its fingerprint is the current one), else how many changes
    /// (anywhere) the data has seen since: at least 1, since what the report shows has changed.
    /// </summary>
    public static long ChangesSince(ReportBuildRow done, long currentStamp, string? currentFingerprint)
    {
        ArgumentNullException.ThrowIfNull(done);
        return done.Fingerprint is not null && done.Fingerprint == currentFingerprint ? 0 : Math.Max(1, currentStamp - (done.Stamp ?? 0));
    }

    /// <summary>The fingerprint of <paramref name="request"/>'s report as the data is now; null when its event is gone.</summary>
    public Task<string?> FingerprintAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return reader.FingerprintAsync(request.Scope() with { Language = request.Language }, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportFile>> ForReportAsync(IReadOnlyList<ReportRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var stamp = await FiguresCache.StampAsync(db, cancellationToken);
        // One fingerprint per language: the formats of a report show the same data.
        var fingerprints = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var request in requests.Where(r => !fingerprints.ContainsKey(r.Language)))
        {
            fingerprints[request.Language] = await FingerprintAsync(request, cancellationToken);
        }

        var keys = requests.Select(r => r.Key).ToList();
        var builds = await Rows(db.ReportBuilds.Where(b => keys.Contains(b.Key)).OrderByDescending(b => b.Id))
            .Select(x => new { x.Key, x.Row }).ToListAsync(cancellationToken);
        return requests.Select(request =>
        {
            var mine = builds.Where(b => b.Key == request.Key).Select(b => b.Row).ToList();
            var done = mine.FirstOrDefault(b => b.Status == ReportBuildStatus.Done);
            var failed = mine.FirstOrDefault(b => b.Status == ReportBuildStatus.Failed && (done is null || b.Id > done.Id));
            return new ReportFile(request, mine.FirstOrDefault(b => b.IsActive), done, failed, stamp, fingerprints[request.Language]);
        }).ToList();
    }

    public Task<ReportBuildRow?> FindAsync(int id, CancellationToken cancellationToken) =>
        Rows(db.ReportBuilds.Where(b => b.Id == id)).Select(x => x.Row).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The newest finished build of <paramref name="request"/> that shows the data as it is now (its fingerprint is the
    /// current one, whatever changed elsewhere); null when there is none.
    /// </summary>
    public async Task<(int Id, string? FileName, long? Size)?> CurrentAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        if (await FingerprintAsync(request, cancellationToken) is not { } fingerprint)
        {
            return null;
        }

        var found = await db.ReportBuilds.AsNoTracking().Where(b => b.Key == key && b.Status == ReportBuildStatus.Done && b.Fingerprint == fingerprint)
            .OrderByDescending(b => b.Id).Select(b => new { b.Id, b.FileName, b.Size }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.FileName, found.Size);
    }

    /// <summary>A finished build's file, read part by part as it is sent; null when it has none.</summary>
    public async Task<Stream?> OpenFileAsync(int id, CancellationToken cancellationToken) =>
        await PartAsync(id, 0, cancellationToken) is { } first ? new ReportFileStream(first, (part, token) => PartAsync(id, part, token)) : null;

    private Task<byte[]?> PartAsync(int id, int part, CancellationToken cancellationToken) =>
        db.ReportBuildFiles.AsNoTracking().Where(f => f.ReportBuildId == id && f.Part == part).Select(f => f.Content).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The event's time zone, for "prepared at" times; UTC for an event that is gone.</summary>
    public async Task<string> TimeZoneAsync(string? eventCode, CancellationToken cancellationToken) =>
        await db.Events.AsNoTracking().Where(e => e.Code == eventCode).Select(e => e.TimeZone).FirstOrDefaultAsync(cancellationToken) ?? "UTC";

    private static IQueryable<KeyedRow> Rows(IQueryable<ReportBuild> builds) =>
        builds.AsNoTracking().Select(b => new KeyedRow(b.Key, new ReportBuildRow(b.Id, b.Format, b.Query, b.Language, b.Status, b.Progress, b.Stamp, b.Fingerprint,
            b.QueuedAt, b.FinishedAt, b.FileName, b.Size, b.Failure, b.Error)));

    private sealed record KeyedRow(string Key, ReportBuildRow Row);
}
