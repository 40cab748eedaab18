using Mechelen.Reports;
using Mechelen.Web.Features.Reports.Builds;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>Writes the real file, but stops at half way until released (or throws there), so a test sees a build mid-way.</summary>
public sealed class GatedReportFileWriter : ReportFileWriter
{
    public SemaphoreSlim Reached { get; } = new(0);

    public SemaphoreSlim Release { get; } = new(0);

    public bool Throw { get; set; }

    /// <summary>The writing thread's nice value on Linux, read as it starts.</summary>
    public int? NiceWhileWriting { get; private set; }

    public override void Write(OutcomeReport report, string format, Stream stream, IProgress<int> percent, CancellationToken cancellationToken)
    {
        NiceWhileWriting = OperatingSystem.IsLinux() ? Mechelen.Web.Infrastructure.LowPriority.CurrentNice() : null;
        percent.Report(50);
        Reached.Release();
        Release.Wait(TimeSpan.FromSeconds(60), cancellationToken);
        if (Throw)
        {
            throw new InvalidOperationException("Layout exploded at System.Internal.Secret()");
        }

        base.Write(report, format, stream, new Progress<int>(), cancellationToken);
    }
}
