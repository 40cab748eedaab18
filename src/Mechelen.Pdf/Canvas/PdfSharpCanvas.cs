using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;
using Mechelen.Pdf.FontFiles;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace Mechelen.Pdf.Canvas;

/// <summary>
/// Draws onto PDFsharp pages. Fonts, brushes and images are created once per document and reused. When tagged,
/// every draw lands in a structure element of PDFsharp's universal-accessibility builder or in an artifact:
/// rules, fills and images outside a figure are decoration, text outside a paragraph-like element gets one.
/// </summary>
internal sealed class PdfSharpCanvas(PdfDocument document, bool tagged = false) : ICanvas, IDisposable
{
    // Created before the first page: the manager follows page and graphics creation through document events.
    private readonly StructureBuilder? _structure = tagged ? UAManager.ForDocument(document).StructureBuilder : null;
    private readonly ParentTree? _parentTree = tagged ? new ParentTree(UAManager.ForDocument(document)) : null;
    private readonly List<string> _tags = [];
    private readonly List<bool> _begun = [];
    private int _ignoredDepth;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    private readonly Dictionary<(TrueTypeFont Font, float Size), XFont> _fonts = [];
    private readonly Dictionary<Rgb, XSolidBrush> _brushes = [];
    private readonly Dictionary<byte[], XImage> _images = new(ReferenceEqualityComparer.Instance);
    private readonly List<MemoryStream> _imageStreams = [];
    private readonly Dictionary<string, (int Page, double Top)> _destinations = new(StringComparer.Ordinal);
    private PdfPage? _page;
    private XGraphics? _gfx;
    private float _x;
    private float _y;

    private readonly Dictionary<(Rgb Color, float Width), XPen> _pens = [];

    public PdfDocument Document { get; } = document;

    public bool IsSilent => false;

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("No page has been started.");

    public void BeginPage(PageSize size)
    {
        _gfx?.Dispose();
        _parentTree?.SetAsideFinishedPages();
        _page = Document.AddPage();
        _page.Width = XUnit.FromPoint(size.Width);
        _page.Height = XUnit.FromPoint(size.Height);
        _gfx = XGraphics.FromPdfPage(_page);
        _x = 0;
        _y = 0;
    }

    public void Translate(float dx, float dy)
    {
        _x += dx;
        _y += dy;
    }

    public void DrawText(string text, TrueTypeFont font, float size, Rgb color, float x, float baseline)
    {
        var wrap = _structure is not null && _ignoredDepth == 0 && SemanticElement.IsGrouping(CurrentTag);
        if (wrap)
        {
            _structure!.BeginElement(PdfBlockLevelElementTag.Paragraph);
        }

        Gfx.DrawString(text, Font(font, size), Brush(color), _x + x, _y + baseline, XStringFormats.BaseLineLeft);
        if (wrap)
        {
            _structure!.End();
        }
    }

    public void FillRectangle(float x, float y, float width, float height, Rgb color) =>
        Decoration(() => Gfx.DrawRectangle(Brush(color), _x + x, _y + y, width, height));

    public void StrokeRectangle(float x, float y, float width, float height, float lineWidth, Rgb color) =>
        Decoration(() => Gfx.DrawRectangle(Pen(color, lineWidth), _x + x, _y + y, width, height));

    public void DrawLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) =>
        Decoration(() => Gfx.DrawLine(Pen(color, lineWidth), _x + x1, _y + y1, _x + x2, _y + y2));

    public string? CurrentTag => _tags.Count == 0 ? null : _tags[^1];

    public void BeginTag(string tag, string? alternativeText, Size size)
    {
        _tags.Add(tag);
        var opens = tag is SemanticElement.ArtifactTag or "Figure";
        var structure = _structure is not null && _ignoredDepth == 0;
        _begun.Add(structure);
        if (opens)
        {
            _ignoredDepth++;
        }

        if (!structure)
        {
            // Untagged, or inside an artifact or a figure, where nothing more is structure.
            return;
        }

        switch (tag)
        {
            case SemanticElement.ArtifactTag:
                _structure!.BeginArtifact();
                break;
            case "Figure":
                _structure!.BeginElement(PdfIllustrationElementTag.Figure, alternativeText ?? string.Empty, new XRect(_x, _y, size.Width, size.Height));
                break;
            case "Sect" or "Div" or "TOC" or "TOCI" or "BlockQuote" or "Caption":
                _structure!.BeginGroupingElement(tag);
                break;
            default:
                _structure!.BeginBlockLevelElement(tag);
                break;
        }
    }

    public void EndTag()
    {
        var tag = _tags[^1];
        var begun = _begun[^1];
        _tags.RemoveAt(_tags.Count - 1);
        _begun.RemoveAt(_begun.Count - 1);
        if (tag is SemanticElement.ArtifactTag or "Figure")
        {
            _ignoredDepth--;
        }

        if (begun)
        {
            _structure!.End();
        }
    }

    public void DrawImage(ImageData image, float x, float y, float width, float height)
    {
        if (!_images.TryGetValue(image.Bytes, out var xImage))
        {
            var stream = new MemoryStream(image.Bytes, writable: false);
            _imageStreams.Add(stream);
            _images[image.Bytes] = xImage = XImage.FromStream(stream);
        }

        Decoration(() => Gfx.DrawImage(xImage, _x + x, _y + y, width, height));
    }

    public void DrawRotatedText(string text, TrueTypeFont font, float size, Rgb color, float cx, float cy, float degrees)
    {
        Decoration(() =>
        {
            var state = Gfx.Save();
            var center = new XPoint(_x + cx, _y + cy);
            Gfx.RotateAtTransform(-degrees, center);
            Gfx.DrawString(text, Font(font, size), Brush(color), center, XStringFormats.Center);
            Gfx.Restore(state);
        });
    }

    // Rules, fills, watermarks and images outside a figure say nothing a reader needs: artifacts.
    private void Decoration(Action draw)
    {
        var wrap = _structure is not null && _ignoredDepth == 0;
        if (wrap)
        {
            _structure!.BeginArtifact();
        }

        draw();
        if (wrap)
        {
            _structure!.End();
        }
    }

    public void AddUrlLink(float x, float y, float width, float height, string url) =>
        _page!.AddWebLink(Rect(x, y, width, height), url);

    public void AddSectionLink(float x, float y, float width, float height, string destination) =>
        _page!.AddDocumentLink(Rect(x, y, width, height), destination);

    public void SetDestination(string destination, float y) =>
        _destinations.TryAdd(destination, (Document.PageCount, _page!.Height.Point - (_y + y)));

    /// <summary>Registers the named destinations collected while drawing; links refer to them by name.</summary>
    public void Finish()
    {
        _gfx?.Dispose();
        _gfx = null;
        _parentTree?.Restore();
        foreach (var (name, (page, top)) in _destinations)
        {
            Document.AddNamedDestination(name, page, PdfNamedDestinationParameters.CreateVerticalPosition(top, null));
        }
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        foreach (var stream in _imageStreams)
        {
            stream.Dispose();
        }
    }

    // Link rectangles are in PDF default user space: origin bottom left, y upwards.
    private PdfRectangle Rect(float x, float y, float width, float height)
    {
        var pageHeight = _page!.Height.Point;
        return new PdfRectangle(new XPoint(_x + x, pageHeight - (_y + y + height)), new XPoint(_x + x + width, pageHeight - (_y + y)));
    }

    private XFont Font(TrueTypeFont font, float size)
    {
        if (!_fonts.TryGetValue((font, size), out var xFont))
        {
            var style = (font.IsBold, font.IsItalic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            _fonts[(font, size)] = xFont = new XFont(font.Family, size, style, Unicode);
        }

        return xFont;
    }

    private XPen Pen(Rgb color, float width)
    {
        if (!_pens.TryGetValue((color, width), out var pen))
        {
            _pens[(color, width)] = pen = new XPen(Color(color), width);
        }

        return pen;
    }

    private XSolidBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            _brushes[color] = brush = new XSolidBrush(Color(color));
        }

        return brush;
    }

    private static XColor Color(Rgb c) => XColor.FromArgb(c.A, c.R, c.G, c.B);
}
