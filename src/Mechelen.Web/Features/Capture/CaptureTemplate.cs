using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The Excel template for offline capture, in the reader's language: one row per recommendation, drop-downs fed from the
/// taxonomy's names in that language, headers and instructions from the resources. Any language's template imports back.
/// </summary>
public static class CaptureTemplate
{
    public const string SheetName = "Recommendations";
    public const string ListsSheetName = "Lists";
    public const string InstructionsSheetName = "Instructions";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record File(string Name, byte[] Content);

    public sealed class Handler(CaptureAccess access, TaxonomyReader taxonomies, IStringLocalizer<SharedResource> localizer)
    {
        /// <summary>The template for the sessions the rapporteur is assigned to in the event, or for one of them.</summary>
        public async Task<File?> HandleAsync(string eventCode, int? sessionId, CancellationToken cancellationToken)
        {
            var ev = await access.AssignedInEventAsync(eventCode, cancellationToken);
            if (ev is null)
            {
                return null;
            }

            var sessions = ev.Sessions.Where(s => sessionId == null || s.Id == sessionId).ToList();
            var choices = CapturePage.Choices(await taxonomies.NamesAsync(cancellationToken));
            using var workbook = Build(ev.Name, sessions.Select(s => s.Title).ToList(), choices, localizer);
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            var suffix = sessionId is not null && sessions.Count == 1 ? sessions[0].Code : "all-sessions";
            return new File($"{ev.Code}-{suffix}-recommendations.xlsx", stream.ToArray());
        }
    }

    /// <summary>The template in the language of <paramref name="localizer"/> (the current UI culture), for these sessions and choices in that language.</summary>
    public static XLWorkbook Build(string eventName, IReadOnlyList<string> sessions, CapturePage.TaxonomyChoices choices, IStringLocalizer localizer)
    {
        // An empty Language cell means the template's own language, which the instructions name.
        var language = localizer[$"Language.{TemplateWords.LanguageOf(Cultures.Current)}"].Value;
        string Help(RecommendationColumns.Column column) => localizer[column.Help, language];

        var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(localizer[SheetName]);
        foreach (var column in RecommendationColumns.All)
        {
            sheet.Cell(1, column.Number).SetValue(localizer[column.Header].Value);
            sheet.Column(column.Number).Width = column.Width;
            sheet.Column(column.Number).Style.Alignment.WrapText = true;
            sheet.Column(column.Number).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        var header = sheet.Range(1, 1, 1, RecommendationColumns.All.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#0B5C8A");
        header.Style.Font.FontColor = XLColor.White;
        sheet.SheetView.FreezeRows(1);

        var lists = workbook.Worksheets.Add(localizer[ListsSheetName]);
        var languages = Enum.GetValues<RecommendationLanguage>().Select(l => localizer[$"Language.{l}"].Value).ToList();
        AddList(sheet, lists, 1, RecommendationColumns.Session, sessions, strict: true, localizer, Help);
        AddList(sheet, lists, 2, RecommendationColumns.Areas, choices.Areas.Select(a => a.Name).ToList(), strict: false, localizer, Help);
        AddList(sheet, lists, 3, RecommendationColumns.Levels, choices.Levels.Select(l => l.Name).ToList(), strict: false, localizer, Help);
        AddList(sheet, lists, 4, RecommendationColumns.Actors, choices.Actors.Select(a => a.Name).ToList(), strict: false, localizer, Help);
        AddList(sheet, lists, 5, RecommendationColumns.Language, languages, strict: true, localizer, Help);
        lists.Visibility = XLWorksheetVisibility.Hidden;

        AddInstructions(workbook.Worksheets.Add(localizer[InstructionsSheetName]), eventName, sheet.Name, localizer, Help);
        sheet.SetTabActive();
        return workbook;
    }

    private static void AddList(
        IXLWorksheet sheet, IXLWorksheet lists, int listColumn, RecommendationColumns.Column column, IReadOnlyList<string> values, bool strict,
        IStringLocalizer localizer, Func<RecommendationColumns.Column, string> help)
    {
        lists.Cell(1, listColumn).SetValue(localizer[column.Header].Value);
        for (var i = 0; i < values.Count; i++)
        {
            lists.Cell(i + 2, listColumn).SetValue(UserText.ForXml(values[i]));
        }

        if (values.Count == 0)
        {
            return;
        }

        var validation = sheet.Range(2, column.Number, ImportRecommendations.MaxRows + 1, column.Number).SetDataValidation();
        validation.List(lists.Range(2, listColumn, values.Count + 1, listColumn), true);
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        // Several values in one cell (separated by ;) are allowed where the list is multiple choice: a warning, not a stop.
        validation.ErrorStyle = strict ? XLErrorStyle.Stop : XLErrorStyle.Information;
        validation.ErrorTitle = localizer[column.Header];
        validation.ErrorMessage = help(column);
    }

    private static void AddInstructions(IXLWorksheet sheet, string eventName, string sheetName, IStringLocalizer localizer, Func<RecommendationColumns.Column, string> help)
    {
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 90;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Cell(1, 1).SetValue(UserText.ForXml(localizer["Recommendations template: {0}", eventName].Value));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        string[] paragraphs =
        [
            localizer["Fill one row per recommendation on the sheet \"{0}\", then upload the file on the capture page. If any row has a problem, nothing is saved and the page lists each problem by row and column.", sheetName],
            localizer["The template can be filled in English, French or Spanish: headers and list values are recognised in each of these languages, whatever the language of the page you upload it from."],
        ];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            sheet.Cell(i + 2, 1).SetValue(paragraphs[i]);
            sheet.Range(i + 2, 1, i + 2, 2).Merge().Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
            sheet.Row(i + 2).Height = 45;
        }

        var first = paragraphs.Length + 3;
        for (var i = 0; i < RecommendationColumns.All.Count; i++)
        {
            var column = RecommendationColumns.All[i];
            sheet.Cell(first + i, 1).SetValue(localizer[column.Header].Value);
            sheet.Cell(first + i, 1).Style.Font.Bold = true;
            sheet.Cell(first + i, 2).SetValue(help(column));
        }

        var limits = first + RecommendationColumns.All.Count + 1;
        sheet.Cell(limits, 1).SetValue(localizer["Limits"].Value);
        sheet.Cell(limits, 1).Style.Font.Bold = true;
        sheet.Cell(limits, 2).SetValue(localizer["Up to {0:N0} rows and 5 MB per file. Formulas are read as their text, never calculated.", ImportRecommendations.MaxRows].Value);
    }
}
