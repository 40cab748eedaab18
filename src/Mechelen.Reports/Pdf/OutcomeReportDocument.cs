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
