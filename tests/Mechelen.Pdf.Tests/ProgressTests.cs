namespace Mechelen.Pdf.Tests;

/// <summary>A long document says how far it has come, page by page, and stops between pages when asked.</summary>
public class ProgressTests
{
    private sealed class Recorder : IProgress<PdfProgress>
    {
        public List<PdfProgress> Seen { get; } = [];

        public void Report(PdfProgress value) => Seen.Add(value);
    }

    // Five 80 pt blocks on 100 pt pages, with "page X of Y" so the document takes two passes.
    private static Document FivePages() => Document.Create(doc => doc.Page(page =>
    {
        page.Size(new PageSize(200, 120));
        page.Margin(0);
        page.Footer().Text(t => { t.CurrentPage(); t.Span("/"); t.TotalPages(); });
        page.Content().Column(col =>
        {
            for (var i = 0; i < 5; i++)
            {
                col.Item().Height(80).Background("#CCCCCC");
            }
        });
    }));

    [Fact]
    public void GeneratePdf_ReportsEachPageOfBothPasses_ThenSaving()
    {
        var recorder = new Recorder();
        using var stream = new MemoryStream();
        FivePages().GeneratePdf(stream, recorder, CancellationToken.None);

        Assert.Equal(
            [.. Enumerable.Range(1, 5).Select(p => new PdfProgress(PdfStage.LayingOut, p, null)),
             .. Enumerable.Range(1, 5).Select(p => new PdfProgress(PdfStage.Drawing, p, 5)),
             new PdfProgress(PdfStage.Saving, 5, 5)],
            recorder.Seen);
        Assert.True(stream.Length > 0);
    }

    [Fact]
    public void GeneratePdf_Cancelled_StopsBeforeTheNextPage()
    {
        using var cancellation = new CancellationTokenSource();
        var recorder = new Recorder();
        var stop = new Progress(p =>
        {
            recorder.Report(p);
            if (p is { Stage: PdfStage.Drawing, Page: 2 })
            {
                cancellation.Cancel();
            }
        });

        using var stream = new MemoryStream();
        Assert.Throws<OperationCanceledException>(() => FivePages().GeneratePdf(stream, stop, cancellation.Token));
        Assert.Equal(new PdfProgress(PdfStage.Drawing, 2, 5), recorder.Seen[^1]);
        Assert.Equal(0, stream.Length);
    }

    private sealed class Progress(Action<PdfProgress> report) : IProgress<PdfProgress>
    {
        public void Report(PdfProgress value) => report(value);
    }
}
