using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// Reads the recommendations sheet of an uploaded workbook as text, cell by cell; formulas are read as written, never
/// evaluated. The sheet and its headers may be in any interface language, even mixed.
/// </summary>
public static class SheetReader
{
    /// <summary>One row's cells through the text policy; <paramref name="NulColumns"/> are the numbers of the columns whose cell held a NUL, which was taken out.</summary>
    public sealed record RawRow(int Row, string Session, string Text, string Rationale, string Areas, string Levels, string Actors, string Language,
        IReadOnlyList<int> NulColumns)
    {
        public bool IsEmpty => Text.Length == 0 && Rationale.Length == 0 && Areas.Length == 0 && Levels.Length == 0 && Actors.Length == 0;
    }

    /// <summary>The rows, or why the file cannot be read; <paramref name="Language"/> is the language of most headers, which an empty Language cell means.</summary>
    public sealed record Sheet(IReadOnlyList<RawRow> Rows, Message? Error, RecommendationLanguage Language = RecommendationLanguage.English);

    /// <param name="file">The workbook.</param>
    /// <param name="words">The template's words in every language.</param>
    /// <param name="localizer">Words the problems in the reader's language.</param>
    public static Sheet Read(Stream file, TemplateWords words, IStringLocalizer localizer)
    {
        try
        {
            using var workbook = new XLWorkbook(file);
            var sheet = workbook.Worksheets.FirstOrDefault(w => words.IsRecommendationsSheet(w.Name)) ?? workbook.Worksheets.First();
            var votes = new Dictionary<string, int>();
            foreach (var column in RecommendationColumns.All)
            {
                var found = Text(sheet.Cell(1, column.Number));
                var languages = words.HeaderLanguages(column, found);
                if (languages.Count == 0)
                {
                    return new Sheet([], new Message("The sheet \"{0}\" does not have the template's header row: cell {1} should say \"{2}\" but says \"{3}\". Download the template and copy your rows into it.",
                        sheet.Name, sheet.Cell(1, column.Number).Address.ToString() ?? "", localizer[column.Header].Value, found));
                }

                foreach (var language in languages)
                {
                    votes[language] = votes.GetValueOrDefault(language) + 1;
                }
            }

            // Ties go to the first language in the interface's order (a header such as "Session" reads the same in several).
            var sheetLanguage = Cultures.Supported.Select(c => c.Name).MaxBy(code => votes.GetValueOrDefault(code))!;

            var rows = new List<RawRow>();
            foreach (var row in sheet.RowsUsed(XLCellsUsedOptions.Contents).Where(r => r.RowNumber() > 1))
            {
                var nulColumns = new List<int>();
                string Cell(RecommendationColumns.Column c)
                {
                    var text = UserText.Clean(Text(row.Cell(c.Number)), out var hadNul);
                    if (hadNul)
                    {
                        nulColumns.Add(c.Number);
                    }

                    return text;
                }

                var raw = new RawRow(row.RowNumber(), Cell(RecommendationColumns.Session), Cell(RecommendationColumns.Text),
                    Cell(RecommendationColumns.Rationale), Cell(RecommendationColumns.Areas), Cell(RecommendationColumns.Levels),
                    Cell(RecommendationColumns.Actors), Cell(RecommendationColumns.Language), nulColumns);
                if (!raw.IsEmpty)
                {
                    rows.Add(raw);
                }
            }

            return new Sheet(rows, null, TemplateWords.LanguageOf(sheetLanguage));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or OpenXmlPackageException
                                       or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            // Whatever the library trips over in a malformed workbook, the rapporteur gets one clear sentence.
            return new Sheet([], new Message(WorkbookGuard.Corrupt));
        }
    }

    // A formula's text is kept as typed: evaluating what strangers upload is not our business.
    private static string Text(IXLCell cell) => cell.HasFormula ? "=" + cell.FormulaA1 : cell.GetString();
}
