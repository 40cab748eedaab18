using System.Globalization;
using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf;

/// <summary>Content: each ends a container chain.</summary>
public static class ContentExtensions
{
    /// <summary>A paragraph of plain text; style it through the returned descriptor.</summary>
    /// <param name="container">The container.</param>
    /// <param name="text">The text; "\n" starts a new line.</param>
    public static TextSpanDescriptor Text(this IContainer container, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var block = ContainerExtensions.Slot(container).Set(new TextBlockElement());
        var span = new TextSpan(text);
        block.Spans.Add(span);
        return new TextSpanDescriptor(span);
    }

    /// <summary>A paragraph of several spans, page numbers and links.</summary>
    /// <param name="container">The container.</param>
    /// <param name="describe">Adds spans and sets alignment.</param>
    public static void Text(this IContainer container, Action<TextDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var slot = ContainerExtensions.Slot(container);
        describe(new TextDescriptor(slot.Set(new TextBlockElement()), slot.Model));
    }

    /// <summary>Items stacked vertically.</summary>
    /// <param name="container">The container.</param>
    /// <param name="describe">Adds items.</param>
    public static void Column(this IContainer container, Action<ColumnDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var slot = ContainerExtensions.Slot(container);
        describe(new ColumnDescriptor(slot.Set(new ColumnElement()), slot.Model));
    }

    /// <summary>Items side by side.</summary>
    /// <param name="container">The container.</param>
    /// <param name="describe">Adds items.</param>
    public static void Row(this IContainer container, Action<RowDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var slot = ContainerExtensions.Slot(container);
        describe(new RowDescriptor(slot.Set(new RowElement()), slot.Model));
    }

    /// <summary>A table whose header repeats on every page.</summary>
    /// <param name="container">The container.</param>
    /// <param name="describe">Defines columns, header and cells.</param>
    public static void Table(this IContainer container, Action<TableDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var slot = ContainerExtensions.Slot(container);
        var table = slot.Set(new TableElement());
        var descriptor = new TableDescriptor(table, slot.Model);
        describe(descriptor);
        descriptor.Complete();
    }

    /// <summary>A PNG or JPEG image, scaled to the available width and kept in proportion.</summary>
    /// <param name="container">The container.</param>
    /// <param name="image">The image file's bytes.</param>
    public static void Image(this IContainer container, byte[] image) =>
        ContainerExtensions.Slot(container).Set(new ImageElement(new ImageData(image)));

    /// <summary>
    /// A PNG or JPEG image scaled to the available width, or smaller to stay within <paramref name="maxHeight"/>,
    /// kept in proportion. With <paramref name="alternativeText"/> it is a figure of a tagged PDF; without, decoration.
    /// </summary>
    /// <param name="container">The container.</param>
    /// <param name="image">The image file's bytes.</param>
    /// <param name="maxHeight">Greatest height in points.</param>
    /// <param name="alternativeText">What the image shows, in words, or null for a decorative image.</param>
    public static void Image(this IContainer container, byte[] image, float maxHeight, string? alternativeText = null)
    {
        var target = alternativeText is null ? container : container.Figure(alternativeText);
        ContainerExtensions.Slot(target).Set(new ImageElement(new ImageData(image), maxHeight));
    }

    /// <summary>The pixel width and height of a PNG or JPEG file, read from its header.</summary>
    /// <param name="image">The image file's bytes.</param>
    /// <exception cref="ArgumentException">The bytes are neither a PNG nor a JPEG file.</exception>
    public static (int Width, int Height) ImageSize(byte[] image)
    {
        var data = new ImageData(image);
        return (data.PixelWidth, data.PixelHeight);
    }

    /// <summary>Starts a new page.</summary>
    /// <param name="container">The container.</param>
    public static void PageBreak(this IContainer container) => ContainerExtensions.Slot(container).Set(new PageBreakElement());

    /// <summary>A thin horizontal rule across the available width.</summary>
    /// <param name="container">The container.</param>
    /// <param name="thickness">Thickness in points.</param>
    /// <param name="color">"#RRGGBB".</param>
    public static void LineHorizontal(this IContainer container, float thickness = 0.5f, string color = "#9AA3AF") =>
        ContainerExtensions.Slot(container).Set(new BarElement(1, thickness, Rgb.Parse(color), null));

    /// <summary>A heading: shown in the document outline (bookmarks) and the table of contents, and a link target.</summary>
    /// <param name="container">The container.</param>
    /// <param name="level">1 for a chapter, 2 for a section, and so on.</param>
    /// <param name="text">The heading text.</param>
    public static TextSpanDescriptor Heading(this IContainer container, int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentNullException.ThrowIfNull(text);
        var slot = ContainerExtensions.Slot(container);
        var entry = slot.Model.AddHeading(level, text);
        var block = new TextBlockElement();
        var size = level switch { 1 => 16f, 2 => 13f, _ => 11f };
        var span = new TextSpan(text) { Style = TextStyle.Default.FontSize(size).Bold().LineHeight(1.25f) };
        block.Spans.Add(span);
        slot.Set(new HeadingElement(entry, block));
        return new TextSpanDescriptor(span);
    }

    /// <summary>The list of headings with dot leaders and the pages they are on, each entry linked to its heading.</summary>
    /// <param name="container">The container.</param>
    /// <param name="maxLevel">Deepest heading level listed.</param>
    /// <param name="style">Entry style; level 1 entries are bold.</param>
    public static void TableOfContents(this IContainer container, int maxLevel = 3, TextStyle? style = null)
    {
        var slot = ContainerExtensions.Slot(container);
        slot.Model.NeedsTwoPasses = true;
        slot.Set(new TableOfContentsElement(slot.Model, maxLevel, style ?? TextStyle.Default));
    }

    /// <summary>Large, light, diagonal text over the space given; meant for a page's foreground or background layer.</summary>
    /// <param name="container">The container.</param>
    /// <param name="text">E.g. "DRAFT".</param>
    /// <param name="style">Defaults to 96 pt bold in a translucent grey.</param>
    public static void Watermark(this IContainer container, string text, TextStyle? style = null) =>
        ContainerExtensions.Slot(container).Set(new WatermarkElement(text, style ?? TextStyle.Default.FontSize(96).Bold().FontColor("#30808080")));

    /// <summary>A horizontal bar chart: one row per item with its label, a bar scaled to the largest value, and the value.</summary>
    /// <param name="container">The container.</param>
    /// <param name="items">Labels and values, drawn in the given order.</param>
    /// <param name="options">Colours and sizes; defaults when null.</param>
    public static void BarChart(this IContainer container, IEnumerable<BarChartItem> items, BarChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= new BarChartOptions();
        var list = items.ToList();
        var max = list.Count == 0 ? 0 : list.Max(i => i.Value);
        var bar = Rgb.Parse(options.BarColor);
        Rgb? track = options.TrackColor is null ? null : Rgb.Parse(options.TrackColor);
        container.Column(col =>
        {
            col.Spacing(options.Spacing);
            foreach (var item in list)
            {
                col.Item().KeepTogether().Row(row =>
                {
                    row.Spacing(8);
                    row.ConstantItem(options.LabelWidth).Text(item.Label).Style(options.LabelStyle);
                    var fraction = max > 0 ? (float)(item.Value / max) : 0;
                    ContainerExtensions.Slot(row.RelativeItem()).Set(new BarElement(fraction, options.BarThickness, bar, track, options.LabelStyle));
                    row.ConstantItem(options.ValueWidth).AlignRight()
                        .Text(item.Value.ToString(options.ValueFormat, CultureInfo.CurrentCulture)).Style(options.LabelStyle);
                });
            }
        });
    }
}
