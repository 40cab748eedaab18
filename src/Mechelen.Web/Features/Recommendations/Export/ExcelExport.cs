using ClosedXML.Excel;
using Mechelen.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// The filtered set as a workbook for people, in the reader's language: sheet names, headers, the "Fields" sheet that
/// describes each column, and worded values (statuses, languages); the taxonomy names come translated in the rows.
/// </summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string RecommendationsSheet = "Recommendations";
    public const string KeyRecommendationsSheet = "Key recommendations";
    public const string FieldsSheet = "Fields";

    public static void Write(Stream stream, IReadOnlyList<RecommendationRow> rows, IReadOnlyList<KeyRecommendationRow> keys, IStringLocalizer localizer)
    {
        using var workbook = new XLWorkbook();
        AddSheet(workbook, localizer[RecommendationsSheet], ExportColumns.Recommendations, rows, localizer);
        AddSheet(workbook, localizer[KeyRecommendationsSheet], ExportColumns.KeyRecommendations, keys, localizer);
        AddFields(workbook, localizer);
        workbook.SaveAs(stream);
    }

    /// <summary>
    /// Writes user text as a string cell whatever it looks like; text that Excel would read as a formula
    /// (or that hides one behind a tab or line break) also gets the quote prefix, so editing the cell in
    /// Excel keeps it text instead of running it. A character XML 1.0 cannot carry shows as U+FFFD in the
    /// file (<see cref="UserText.ForXml"/>); the stored text keeps it.
    /// </summary>
    public static void WriteText(IXLCell cell, string? text)
    {
        if (text is null)
        {
            return;
        }

        // SetValue stores a string as it is (no formula or number parsing); only risky text pays for a style.
        cell.SetValue(UserText.ForXml(text));
        if (LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    private static void AddSheet<TRow>(XLWorkbook workbook, string name, IReadOnlyList<ExportColumn<TRow>> columns, IReadOnlyList<TRow> rows, IStringLocalizer localizer)
    {
        var sheet = workbook.Worksheets.Add(name);
        for (var c = 0; c < columns.Count; c++)
        {
            // Styled per column before the cells exist, which then inherit it; widths by hand, as AdjustToContents needs libgdiplus on Linux.
            var column = sheet.Column(c + 1);
            column.Width = columns[c].Width;
            column.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            column.Style.Alignment.WrapText = columns[c].Wrap;
            if (rows.Count > 0 && columns[c].Value(rows[0]) is DateTime)
            {
                column.Style.DateFormat.Format = "yyyy-mm-dd hh:mm:ss";
            }
        }

        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(localizer[columns[c].Header].Value);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (columns[c].Value(rows[r]))
                {
                    case int number:
                        cell.SetValue(number);
                        break;
                    case DateTime time:
                        cell.SetValue(time);
                        break;
                    case string value when columns[c].ValueWords is { } words:
                        cell.SetValue(localizer[$"{words}.{value}"].Value);
                        break;
                    case var value:
                        WriteText(cell, ExportColumns.AsText(value));
                        break;
                }
            }
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E5EEF5");
        sheet.Range(1, 1, rows.Count + 1, columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
    }

    private static void AddFields(XLWorkbook workbook, IStringLocalizer localizer)
    {
        var fields = ExportColumns.Recommendations.Select(c => (Sheet: RecommendationsSheet, c.Header, c.Key, c.Description))
            .Concat(ExportColumns.KeyRecommendations.Select(c => (Sheet: KeyRecommendationsSheet, c.Header, c.Key, c.Description)))
            .ToList();
        var sheet = workbook.Worksheets.Add(localizer[FieldsSheet]);
        string[] headers = ["Sheet", "Column", "JSON name", "Meaning"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(localizer[headers[c]].Value);
        }

        for (var r = 0; r < fields.Count; r++)
        {
            sheet.Cell(r + 2, 1).SetValue(localizer[fields[r].Sheet].Value);
            sheet.Cell(r + 2, 2).SetValue(localizer[fields[r].Header].Value);
            sheet.Cell(r + 2, 3).SetValue(fields[r].Key);
            sheet.Cell(r + 2, 4).SetValue(localizer[fields[r].Description].Value);
        }

        sheet.Range(1, 1, 1, headers.Length).Style.Font.Bold = true;
        sheet.Range(1, 1, fields.Count + 1, headers.Length).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        double[] widths = [22, 24, 22, 70];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
            sheet.Column(c + 1).Style.Alignment.WrapText = true;
        }
    }
}
