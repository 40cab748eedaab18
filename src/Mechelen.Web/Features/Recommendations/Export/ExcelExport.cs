using ClosedXML.Excel;
using Mechelen.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// The filtered set as a workbook for people, in the reader's language: sheet names, headers, the "Fields" sheet that
/// describes each column, and worded values (statuses, languages); the taxonomy names come translated in the rows.
/// The sheets are written row by row (<see cref="ExcelStreamWriter"/>): ClosedXML would hold every cell of a whole
/// cycle in memory, so it stays for the capture template and the import, which are small.
/// </summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string RecommendationsSheet = "Recommendations";
    public const string KeyRecommendationsSheet = "Key recommendations";
    public const string FieldsSheet = "Fields";

    /// <summary>Writes the workbook to <paramref name="stream"/>, which must be seekable (a file: the zip is finished at the end).</summary>
    public static async Task WriteAsync(
        Stream stream, IAsyncEnumerable<RecommendationRow> rows, Func<Task<IReadOnlyList<KeyRecommendationRow>>> keys, IStringLocalizer localizer,
        CancellationToken cancellationToken)
    {
        using var workbook = new ExcelStreamWriter(stream);
        await workbook.AddSheetAsync(localizer[RecommendationsSheet], Sheet(ExportColumns.Recommendations, localizer), Cells(ExportColumns.Recommendations, rows, localizer), cancellationToken);
        await workbook.AddSheetAsync(localizer[KeyRecommendationsSheet], Sheet(ExportColumns.KeyRecommendations, localizer),
            Cells(ExportColumns.KeyRecommendations, (await keys()).ToAsyncEnumerable(), localizer), cancellationToken);
        await workbook.AddSheetAsync(localizer[FieldsSheet], FieldColumns(localizer), Fields(localizer).ToAsyncEnumerable(), cancellationToken);
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

    private static List<ExcelStreamWriter.SheetColumn> Sheet<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IStringLocalizer localizer) =>
        columns.Select(c => new ExcelStreamWriter.SheetColumn(localizer[c.Header].Value, c.Width, c.Wrap)).ToList();

    private static async IAsyncEnumerable<object?[]> Cells<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, IStringLocalizer localizer)
    {
        await foreach (var row in rows)
        {
            var cells = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                cells[c] = columns[c].Value(row) switch
                {
                    int number => number,
                    DateTime time => time,
                    string value when columns[c].ValueWords is { } words => localizer[$"{words}.{value}"].Value,
                    var value => ExportColumns.AsText(value),
                };
            }

            yield return cells;
        }
    }

    private static List<ExcelStreamWriter.SheetColumn> FieldColumns(IStringLocalizer localizer) =>
        [
            new(localizer["Sheet"].Value, 22, true), new(localizer["Column"].Value, 24, true),
            new(localizer["JSON name"].Value, 22, true), new(localizer["Meaning"].Value, 70, true),
        ];

    private static IEnumerable<object?[]> Fields(IStringLocalizer localizer) =>
        ExportColumns.Recommendations.Select(c => (Sheet: RecommendationsSheet, c.Header, c.Key, c.Description))
            .Concat(ExportColumns.KeyRecommendations.Select(c => (Sheet: KeyRecommendationsSheet, c.Header, c.Key, c.Description)))
            .Select(f => new object?[] { localizer[f.Sheet].Value, localizer[f.Header].Value, f.Key, localizer[f.Description].Value });
}
