using Mechelen.Pdf.Canvas;
using Mechelen.Pdf.Engine;
using PdfSharp.Pdf;

namespace Mechelen.Pdf;

/// <summary>
/// A document described with the fluent API and laid out into PDF pages.
/// <code>
/// var pdf = Document.Create(doc => doc.Page(page =>
/// {
///     page.Size(PageSize.A4);
///     page.Margin(50);
///     page.Content().Column(col => { col.Spacing(8); col.Item().Text("Hello"); });
///     page.Footer().AlignCenter().Text(t => { t.CurrentPage(); t.Span(" / "); t.TotalPages(); });
/// })).GeneratePdf();
/// </code>
/// </summary>
public sealed class Document
{
    private readonly DocumentModel _model = new();
    private readonly List<PageModel> _pages = [];
    private readonly DocumentMetadata _metadata = new();

    private Document()
    {
    }

    /// <summary>Describes a document. Nothing is laid out until <see cref="GeneratePdf()"/> is called.</summary>
    /// <param name="describe">Adds metadata and page sets.</param>
    public static Document Create(Action<DocumentDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var document = new Document();
        describe(new DocumentDescriptor(document._model, document._pages, document._metadata));
        return document;
    }

    /// <summary>Describes a document from a class that composes it.</summary>
    /// <param name="document">Composes metadata and page sets.</param>
    public static Document Create(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Create(document.Compose);
    }

    /// <summary>Lays out the document and returns the PDF file.</summary>
    public byte[] GeneratePdf()
    {
        using var stream = new MemoryStream();
        GeneratePdf(stream);
        return stream.ToArray();
    }

    /// <summary>Lays out the document and writes the PDF file to <paramref name="stream"/>.</summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <exception cref="LayoutException">An element cannot fit on an empty page.</exception>
    /// <exception cref="FontException">No usable font is installed.</exception>
    public void GeneratePdf(Stream stream) => GeneratePdf(stream, null, CancellationToken.None);

    /// <summary>
    /// Lays out the document and writes the PDF file to <paramref name="stream"/>, saying how far it has come after
    /// each page of each pass and before saving; stops between pages when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <param name="stream">A writable stream; it is left open.</param>
    /// <param name="progress">Told the stage and the page, on the thread that lays out; may be null.</param>
    /// <param name="cancellationToken">Checked before each page.</param>
    /// <exception cref="LayoutException">An element cannot fit on an empty page.</exception>
    /// <exception cref="FontException">No usable font is installed.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; nothing more is written.</exception>
    public void GeneratePdf(Stream stream, IProgress<PdfProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var context = FirstPass(progress, cancellationToken);
        using var pdf = new PdfDocument();
        using var canvas = new PdfSharpCanvas(pdf, _model.Tagged);
        _metadata.ApplyTo(pdf);
        using (var pipeline = new PipelinedCanvas(canvas))
        {
            context.Canvas = pipeline;
            context.PageDone = progress is null ? null : page => progress.Report(new PdfProgress(PdfStage.Drawing, page, context.TotalPages));
            PageCount = PageLayout.RunPass(_pages, context);
            pipeline.Complete();
        }

        Measures = context.Measures;
        canvas.Finish();
        AddOutline(pdf);
        progress?.Report(new PdfProgress(PdfStage.Saving, PageCount, PageCount));
        pdf.Save(stream, false);
    }

    /// <summary>Lays out onto a recording canvas (both passes), for geometry tests.</summary>
    internal RecordingCanvas Record()
    {
        var context = FirstPass(null, CancellationToken.None);
        var canvas = new RecordingCanvas();
        context.Canvas = canvas;
        PageLayout.RunPass(_pages, context);
        Measures = context.Measures;
        return canvas;
    }

    /// <summary>Measures computed (not answered from a cache) in the last layout, both passes.</summary>
    internal long Measures { get; private set; }

    /// <summary>Pages in the last generated PDF.</summary>
    internal int PageCount { get; private set; }

    private LayoutContext FirstPass(IProgress<PdfProgress>? progress, CancellationToken cancellationToken)
    {
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("The document has no pages: call Page(...) in Document.Create.");
        }

        var context = new LayoutContext(new RecordingCanvas(record: false), Fonts.Catalog, _model, TextStyle.Default)
        {
            CancellationToken = cancellationToken,
            PageDone = progress is null ? null : page => progress.Report(new PdfProgress(PdfStage.LayingOut, page, null)),
        };
        if (_model.NeedsTwoPasses)
        {
            // First pass: count pages and find where headings land, drawing nothing.
            context.TotalPages = PageLayout.RunPass(_pages, context);
        }

        return context;
    }

    private void AddOutline(PdfDocument pdf)
    {
        var stack = new List<(int Level, PdfOutlineCollection Children)> { (0, pdf.Outlines) };
        foreach (var heading in _model.Headings)
        {
            if (heading.Page <= 0 || heading.Page > pdf.PageCount || heading.Level > _model.OutlineLevels)
            {
                continue;
            }

            while (stack[^1].Level >= heading.Level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var outline = stack[^1].Children.Add(heading.Title, pdf.Pages[heading.Page - 1], heading.Level == 1);
            stack.Add((heading.Level, outline.Outlines));
        }

        if (pdf.Outlines.Count > 0)
        {
            pdf.PageMode = PdfPageMode.UseOutlines;
        }
    }
}
