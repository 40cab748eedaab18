using Mechelen.Pdf.Canvas;
using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Engine;

/// <summary>State shared by all elements during one layout pass.</summary>
internal sealed class LayoutContext(ICanvas canvas, FontCatalog fonts, DocumentModel model, TextStyle defaultStyle)
{
    public ICanvas Canvas { get; set; } = canvas;

    public FontCatalog Fonts { get; } = fonts;

    public DocumentModel Model { get; } = model;

    public TextStyle DefaultStyle { get; set; } = defaultStyle;

    public int PageNumber { get; set; }

    /// <summary>Told the number of each page once it is laid out (and, in the drawing pass, handed to the canvas).</summary>
    public Action<int>? PageDone { get; set; }

    /// <summary>Checked before each page, so a long document can be stopped between pages.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Changes at every page of every pass: measures cached by elements are valid within one epoch.</summary>
    public long MeasureEpoch { get; set; }

    /// <summary>Measures actually computed (not answered from an element's cache); the benchmark reports it.</summary>
    public long Measures { get; set; }

    /// <summary>Known in the second pass; in the first, an estimate used only for sizing.</summary>
    public int? TotalPages { get; set; }

    /// <summary>The content area of an empty page, for elements that must decide whether they could ever fit.</summary>
    public Size PageContent { get; set; }

    /// <summary>The first element that reported it could not fit during the current measure.</summary>
    public string? WrapReason { get; private set; }

    public void ReportWrap(Element element, Size needed, Size available) =>
        WrapReason ??= $"{element.Describe()} needs {needed} but only {available} is available";

    public void ClearWrapReason() => WrapReason = null;
}
