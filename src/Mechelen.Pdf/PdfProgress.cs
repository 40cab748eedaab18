namespace Mechelen.Pdf;

/// <summary>What <see cref="Document.GeneratePdf(Stream, IProgress{PdfProgress}?, CancellationToken)"/> is doing.</summary>
public enum PdfStage
{
    /// <summary>The first pass: pages are counted and headings placed; the total is not known yet.</summary>
    LayingOut,

    /// <summary>The second pass: pages are drawn into the file.</summary>
    Drawing,

    /// <summary>Every page is drawn; the file is being compressed and written.</summary>
    Saving,
}

/// <summary>How far a PDF being generated has come: the stage, the last page finished and, once known, the page count.</summary>
/// <param name="Stage">What is being done.</param>
/// <param name="Page">The last page laid out or drawn (1-based).</param>
/// <param name="TotalPages">The document's pages, known once the first pass is over (null before, and for a document laid out in one pass).</param>
public readonly record struct PdfProgress(PdfStage Stage, int Page, int? TotalPages);
