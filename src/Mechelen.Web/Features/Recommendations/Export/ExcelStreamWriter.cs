using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// A workbook whose sheets are written element by element with OpenXML's <see cref="OpenXmlWriter"/>, so a sheet of a
/// million rows costs the memory of one row. Each sheet has a bold, shaded header row kept frozen, an autofilter,
/// widths set by hand, cells aligned to the top; a value is text (inline), an int or a <see cref="DateTime"/>. Text that
/// Excel would run as a formula carries the quote prefix, as <see cref="ExcelExport.WriteText"/> does for ClosedXML.
/// </summary>
public sealed class ExcelStreamWriter : IDisposable
{
    public sealed record SheetColumn(string Header, double Width, bool Wrap);

    // Indexes into the cell formats of Styles(); "wrap" variants follow their plain one.
    private const uint Top = 1, TopQuoted = 3, Date = 5, Header = 6;

    // The file's column width includes the cell padding of the default font (Calibri 11), as Excel and ClosedXML write it.
    private const double CellPadding = 0.710625;

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The zip is written in create mode, entry by entry as the sheets are: the SDK's package (System.IO.Packaging)
    // would keep every part in memory until it is closed, and cannot be opened write-only in this SDK version.
    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];

    public ExcelStreamWriter(Stream stream) => _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);

    public async Task AddSheetAsync(string name, IReadOnlyList<SheetColumn> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        _sheets.Add(name);
        var letters = Enumerable.Range(1, columns.Count).Select(ColumnName).ToArray();
        var wrap = columns.Select(c => c.Wrap ? 1u : 0u).ToArray();
        await using var part = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(part, new UTF8Encoding(false));
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new Columns());
        for (var c = 0; c < columns.Count; c++)
        {
            writer.WriteElement(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = columns[c].Width + CellPadding, CustomWidth = true, Style = Top + wrap[c] });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        var header = new Row { RowIndex = 1 };
        writer.WriteStartElement(header);
        for (var c = 0; c < columns.Count; c++)
        {
            writer.WriteElement(TextCell($"{letters[c]}1", columns[c].Header, Header + wrap[c]));
        }

        writer.WriteEndElement();
        var r = 1u;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            r++;
            writer.WriteStartElement(new Row { RowIndex = r });
            for (var c = 0; c < columns.Count; c++)
            {
                var reference = letters[c] + r.ToString(CultureInfo.InvariantCulture);
                switch (row[c])
                {
                    case null:
                        break;
                    case int number:
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = Top + wrap[c], CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) });
                        break;
                    case DateTime time:
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = Date, CellValue = new CellValue(time.ToOADate().ToString("R", CultureInfo.InvariantCulture)) });
                        break;
                    case var value:
                        var text = value.ToString() ?? "";
                        writer.WriteElement(TextCell(reference, UserText.ForXml(text), (ExcelExport.LooksLikeFormula(text) ? TopQuoted : Top) + wrap[c]));
                        break;
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{letters[^1]}{r}" });
        writer.WriteEndElement();
    }

    /// <summary>Writes the workbook's small parts (sheet list, relationships, styles, content types) and finishes the zip.</summary>
    public void Dispose()
    {
        var workbook = new Workbook(new Sheets(_sheets.Select((name, i) => new Sheet { Id = $"rId{i + 1}", SheetId = (uint)i + 1, Name = name })));
        workbook.AddNamespaceDeclaration("r", Relationships);
        Entry("xl/workbook.xml", workbook.OuterXml);
        Entry("xl/styles.xml", Styles().OuterXml);
        Entry("xl/_rels/workbook.xml.rels", Rels(_sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))
            .Append(($"rId{_sheets.Count + 1}", "styles", "styles.xml"))));
        Entry("_rels/.rels", Rels([("rId1", "officeDocument", "xl/workbook.xml")]));
        const string Ml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Entry("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{Ml}sheet.main+xml\"/>"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{Ml}styles+xml\"/>"
            + string.Concat(_sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"{Ml}worksheet+xml\"/>"))
            + "</Types>");
        _zip.Dispose();
    }

    private static string Rels(IEnumerable<(string Id, string Type, string Target)> relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{Relationships}/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private void Entry(string path, string xml)
    {
        using var writer = new StreamWriter(_zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles()
    {
        static CellFormat Format(bool wrap, uint font = 0, uint fill = 0, uint numberFormat = 0, bool quoted = false) =>
            new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap })
            {
                FontId = font,
                FillId = fill,
                BorderId = 0,
                FormatId = 0,
                NumberFormatId = numberFormat,
                QuotePrefix = quoted,
                ApplyAlignment = true,
                ApplyFont = font != 0,
                ApplyFill = fill != 0,
                ApplyNumberFormat = numberFormat != 0,
            };

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm:ss" }) { Count = 1 },
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE5EEF5" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                Format(wrap: false), Format(wrap: true),
                Format(wrap: false, quoted: true), Format(wrap: true, quoted: true),
                Format(wrap: false, numberFormat: 164),
                Format(wrap: false, font: 1, fill: 2), Format(wrap: true, font: 1, fill: 2))
            { Count = 8 });
    }
}
