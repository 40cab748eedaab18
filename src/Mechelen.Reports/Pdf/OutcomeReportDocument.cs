using Mechelen.Pdf;
using Mechelen.Reports.Pdf.Components;

namespace Mechelen.Reports.Pdf;

/// <summary>
/// The outcome report as an accessible (tagged) PDF: a cover page set, then one page set with running header
/// and footer for the contents and the chapters, each chapter on a new page. Headings feed the contents, the
/// PDF outline and the structure tree, so the three always agree.
/// </summary>
public sealed class OutcomeReportDocument(OutcomeReport report) : IDocument
{
    public static byte[] Generate(OutcomeReport report) => Document.Create(new OutcomeReportDocument(report)).GeneratePdf();

    public static void Generate(OutcomeReport report, Stream stream) => Document.Create(new OutcomeReportDocument(report)).GeneratePdf(stream);

    /// <summary>
    /// Writes the PDF to <paramref name="stream"/>, telling <paramref name="percent"/> how far it has come (0–100, rising,
    /// 100 once written) from the laying-out thread; stops between pages when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static void Generate(OutcomeReport report, Stream stream, IProgress<int>? percent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var progress = percent is null ? null : new PercentOfPages(percent, EstimatedPages(report));
        Document.Create(new OutcomeReportDocument(report)).GeneratePdf(stream, progress, cancellationToken);
        percent?.Report(100);
    }

    // The first pass does not know the page count; measured reports run at about a page per four annex rows plus the
    // fixed chapters, so the estimate only shapes the first third of the bar.
    private static int EstimatedPages(OutcomeReport report) => 20 + report.Sessions.Count + (report.Annex.Count / 4);

    public void Compose(DocumentDescriptor document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var t = report.Text;
        document.Tagged().OutlineLevels(2);
        document.Metadata(m => m.Title(report.Title)
            .Author(string.Join("; ", report.Event.Hosts))
            .Subject(t.Subject(report.Event.Purpose))
            .Keywords(t.Keywords)
            .Language(t.LanguageTag)
            .Creator("Mechelen"));
        document.Page(page =>
        {
            Setup(page);
            page.Content().Component(new CoverComponent(report));
        });
        document.Page(page =>
        {
            Setup(page);
            page.Header().Component(new PageHeaderComponent(report));
            page.Footer().Component(new PageFooterComponent(report));
            page.Content().Column(col =>
            {
                col.Spacing(6);
                col.Item().Text(t.Contents).FontSize(16).Bold().FontColor(Typography.Accent);
                col.Item().PaddingTop(4).TableOfContents(2, Typography.Body);
                Chapter(col, new SummaryComponent(report));
                Chapter(col, new AreasComponent(report));
                Chapter(col, new MatrixComponent(report));
                Chapter(col, new SessionsComponent(report));
                Chapter(col, new AnnexesComponent(report));
            });
        });
    }

    // Every chapter starts on a new page.
    private static void Chapter(ColumnDescriptor col, IComponent chapter)
    {
        col.Item().PageBreak();
        col.Item().Component(chapter);
    }

    private void Setup(PageDescriptor page)
    {
        page.Size(PageSize.A4);
        page.MarginHorizontal(50);
        page.MarginVertical(40);
        page.DefaultTextStyle(Typography.Body);
        if (!report.IsFinal)
        {
            page.Foreground().Watermark(report.Text.DraftWatermark);
        }
    }
}

/// <summary>
/// Turns page progress into a percentage: the first pass fills up to 30 (against an estimate, never reaching it),
/// drawing 30–95 by pages drawn of the known total, saving 95; never goes back.
/// </summary>
internal sealed class PercentOfPages(IProgress<int> percent, int estimatedPages) : IProgress<PdfProgress>
{
    private int _last = -1;

    public void Report(PdfProgress value)
    {
        var now = value.Stage switch
        {
            PdfStage.LayingOut => Math.Min(29, 30 * value.Page / Math.Max(1, estimatedPages)),
            PdfStage.Drawing when value.TotalPages is { } total => 30 + (65 * Math.Min(value.Page, total) / Math.Max(1, total)),
            PdfStage.Drawing => 30,
            _ => 95,
        };
        if (now > _last)
        {
            _last = now;
            percent.Report(now);
        }
    }
}
