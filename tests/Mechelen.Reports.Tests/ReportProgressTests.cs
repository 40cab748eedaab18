using Mechelen.Reports.Building;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Reports.Word;

namespace Mechelen.Reports.Tests;

/// <summary>The PDF and the Word document say how far they have come, for the report page's progress bar.</summary>
public sealed class ReportProgressTests
{
    private static readonly DateTime Now = new(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private sealed class Recorder : IProgress<int>
    {
        public List<int> Seen { get; } = [];

        public void Report(int value) => Seen.Add(value);
    }

    private static OutcomeReport Report(int count)
    {
        var data = SampleReportData.Create(count);
        return ReportBuilder.Build(data, new ReportScope(data.Event.Code), Now, ReportText.English);
    }

    [Fact]
    public void Pdf_ReportsRisingPercentages_ThroughEachStage_EndingAt100()
    {
        var recorder = new Recorder();
        using var stream = new MemoryStream();
        OutcomeReportDocument.Generate(Report(200), stream, recorder, CancellationToken.None);

        var seen = recorder.Seen;
        Assert.True(seen.Count > 20, $"one report per page or so, got {seen.Count}");
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Distinct(), seen);
        Assert.Contains(seen, p => p is > 0 and < 30);
        Assert.Contains(seen, p => p is > 30 and < 95);
        Assert.Equal([95, 100], seen[^2..]);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 4));
    }

    [Fact]
    public void Word_ReportsEachChapter_EndingAt100()
    {
        var recorder = new Recorder();
        using var stream = new MemoryStream();
        OutcomeReportWord.Generate(Report(50), stream, recorder, CancellationToken.None);

        Assert.Equal([10, 35, 40, 50, 80, 95, 100], recorder.Seen);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(stream.ToArray(), 0, 2));
    }

    [Fact]
    public void Cancelled_BothStop_WithoutFinishing()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var report = Report(20);
        var recorder = new Recorder();
        Assert.Throws<OperationCanceledException>(() => OutcomeReportDocument.Generate(report, new MemoryStream(), recorder, cancelled.Token));
        Assert.Throws<OperationCanceledException>(() => OutcomeReportWord.Generate(report, new MemoryStream(), recorder, cancelled.Token));
        Assert.DoesNotContain(100, recorder.Seen);
    }
}
