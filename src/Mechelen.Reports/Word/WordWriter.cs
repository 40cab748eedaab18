using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Mechelen.Reports.Word;

/// <summary>
/// Small helpers over OpenXml 2.x for a Word document in the report's house style: styled paragraphs, headings
/// with Word's own heading styles, numbered lists, real tables, images, fields. Text is made safe for XML here,
/// so a character XML 1.0 cannot carry is replaced in the file only.
/// </summary>
internal sealed class WordWriter(MainDocumentPart main)
{
    public const string Accent = "1F4E79";
    public const string Muted = "5B6573";
    private const long EmuPerPoint = 12700;
    private uint _drawingId;

    public Body Body { get; } = new();

    public MainDocumentPart Main => main;

    /// <summary>Drops what XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) and keeps the rest.</summary>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var ok = pair || (!char.IsSurrogate(c) && (c >= 0x20 ? c is not ('\uFFFE' or '\uFFFF') : c is '\t' or '\n' or '\r'));
            if (ok && safe is null)
            {
                if (pair)
                {
                    i++;
                }

                continue;
            }

            safe ??= new StringBuilder(text, 0, i, text.Length);
            if (pair)
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (ok)
            {
                safe.Append(c);
            }
            else if (char.IsSurrogate(c))
            {
                safe.Append('\uFFFD');
            }
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>A run of text; "\n" becomes a line break.</summary>
    public static Run Run(string text, bool bold = false, bool italic = false, string? color = null, int? halfPoints = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }

        if (halfPoints is { } size)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var lines = XmlSafe(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    public Paragraph Paragraph(string? style, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs);
        Body.Append(paragraph);
        return paragraph;
    }

    public Paragraph Text(string text, string? style = null) => Paragraph(style, Run(text));

    public Paragraph Heading(int level, string text) => Paragraph($"Heading{level}", Run(text));

    public void PageBreak() => Body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>A paragraph of the numbered list (1, 2, 3 …) defined in the numbering part.</summary>
    public Paragraph Numbered(params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        paragraph.Append(runs);
        Body.Append(paragraph);
        return paragraph;
    }

    /// <summary>A field (TOC, PAGE…) Word computes; <paramref name="placeholder"/> shows until it does.</summary>
    public static IEnumerable<OpenXmlElement> Field(string instruction, string placeholder) =>
    [
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
        new Run(new FieldCode($" {instruction} ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Run(placeholder, italic: true, color: Muted),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    ];

    /// <summary>A table of real rows: header rows repeat on each page, no row splits, widths in points (relative to each other).</summary>
    public Table Table(float[] widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Cell>> rows, string? headerFill = "DCE3EC")
    {
        const int TotalTwips = 9638; // A4 minus 2 cm margins
        var sum = widths.Sum();
        var twips = widths.Select(w => (int)(w / sum * TotalTwips)).ToArray();
        var table = new Table(new TableProperties(
            new TableStyle { Val = "ReportTable" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(twips.Select(t => new GridColumn { Width = t.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        if (header.Count > 0)
        {
            table.Append(Row(header.Select(h => new Cell(h, Bold: true, Fill: headerFill)).ToList(), twips, isHeader: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, twips, isHeader: false));
        }

        Body.Append(table);
        Body.Append(new Paragraph());
        return table;
    }

    private static TableRow Row(IReadOnlyList<Cell> cells, int[] twips, bool isHeader)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (isHeader)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            var cellProperties = new TableCellProperties(new TableCellWidth
            {
                Width = twips[c].ToString(System.Globalization.CultureInfo.InvariantCulture),
                Type = TableWidthUnitValues.Dxa,
            });
            if (cell.Fill is { } fill)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }

            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" },
                new Justification { Val = cell.Center ? JustificationValues.Center : JustificationValues.Left }));
            paragraph.Append(Run(cell.Text, bold: cell.Bold, color: cell.Color));
            row.Append(new TableCell(cellProperties, paragraph));
        }

        return row;
    }

    /// <summary>An inline PNG or JPEG of the given size in points, with its alternative text.</summary>
    public Run Image(byte[] bytes, float width, float height, string alternativeText)
    {
        var type = bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? ImagePartType.Jpeg : ImagePartType.Png;
        var part = main.AddImagePart(type);
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            part.FeedData(stream);
        }

        var id = main.GetIdOfPart(part);
        var cx = (long)(width * EmuPerPoint);
        var cy = (long)(height * EmuPerPoint);
        var drawingId = ++_drawingId;
        var name = $"Image {drawingId}";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = XmlSafe(alternativeText) },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = drawingId, Name = name, Description = XmlSafe(alternativeText) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}

/// <summary>One table cell: text, and optionally bold, centred, a fill and a text colour (hex without #).</summary>
internal sealed record Cell(string Text, bool Bold = false, string? Fill = null, bool Center = false, string? Color = null);
