using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Describes a page set: size, margins, default text style, and the layers drawn on each page.</summary>
public sealed class PageDescriptor
{
    private readonly PageModel _page;

    internal PageDescriptor(PageModel page) => _page = page;

    /// <summary>The page size (A4 by default).</summary>
    /// <param name="size">Size in points.</param>
    public void Size(PageSize size) => _page.Size = size;

    /// <summary>The same margin on all four sides, in points.</summary>
    /// <param name="value">Margin.</param>
    public void Margin(float value) => _page.MarginLeft = _page.MarginRight = _page.MarginTop = _page.MarginBottom = value;

    /// <summary>Left and right margins, in points.</summary>
    /// <param name="value">Margin.</param>
    public void MarginHorizontal(float value) => _page.MarginLeft = _page.MarginRight = value;

    /// <summary>Top and bottom margins, in points.</summary>
    /// <param name="value">Margin.</param>
    public void MarginVertical(float value) => _page.MarginTop = _page.MarginBottom = value;

    /// <summary>The style text inherits unless it sets its own values.</summary>
    /// <param name="style">Default style.</param>
    public void DefaultTextStyle(TextStyle style) => _page.DefaultStyle = style ?? throw new ArgumentNullException(nameof(style));

    /// <summary>A layer drawn under everything else, over the whole page (margins included).</summary>
    public IContainer Background() => _page.Background;

    /// <summary>A layer drawn over everything else, over the whole page; e.g. a "DRAFT" watermark.</summary>
    public IContainer Foreground() => _page.Foreground;

    /// <summary>Drawn at the top of every page.</summary>
    public IContainer Header() => _page.Header;

    /// <summary>The flowing content.</summary>
    public IContainer Content() => _page.Content;

    /// <summary>Drawn at the bottom of every page.</summary>
    public IContainer Footer() => _page.Footer;
}
