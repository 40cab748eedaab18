using ClosedXML.Excel;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>The Excel template for offline capture: one row per recommendation, drop-downs fed from the taxonomy.</summary>
public static class CaptureTemplate
{
    public const string SheetName = "Recommendations";
    public const string ListsSheetName = "Lists";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record File(string Name, byte[] Content);

    public sealed class Handler(MechelenDbContext db, CaptureAccess access)
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
            var choices = await CapturePage.LoadChoicesAsync(db, cancellationToken);
            using var workbook = Build(ev.Name, sessions.Select(s => s.Title).ToList(), choices);
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            var suffix = sessionId is not null && sessions.Count == 1 ? sessions[0].Code : "all-sessions";
            return new File($"{ev.Code}-{suffix}-recommendations.xlsx", stream.ToArray());
        }
    }

    public static XLWorkbook Build(string eventName, IReadOnlyList<string> sessions, CapturePage.TaxonomyChoices choices)
    {
        var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        foreach (var column in RecommendationColumns.All)
        {
            sheet.Cell(1, column.Number).Value = column.Header;
            sheet.Column(column.Number).Width = column.Width;
            sheet.Column(column.Number).Style.Alignment.WrapText = true;
            sheet.Column(column.Number).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        var header = sheet.Range(1, 1, 1, RecommendationColumns.All.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#0B5C8A");
        header.Style.Font.FontColor = XLColor.White;
        sheet.SheetView.FreezeRows(1);

        var lists = workbook.Worksheets.Add(ListsSheetName);
        var languages = Enum.GetNames<RecommendationLanguage>();
        AddList(sheet, lists, 1, RecommendationColumns.Session, sessions, strict: true);
        AddList(sheet, lists, 2, RecommendationColumns.Areas, choices.Areas.Select(a => a.Name).ToList(), strict: false);
        AddList(sheet, lists, 3, RecommendationColumns.Levels, choices.Levels.Select(l => l.Name).ToList(), strict: false);
        AddList(sheet, lists, 4, RecommendationColumns.Actors, choices.Actors.Select(a => a.Name).ToList(), strict: false);
        AddList(sheet, lists, 5, RecommendationColumns.Language, languages, strict: true);
        lists.Visibility = XLWorksheetVisibility.Hidden;

        AddInstructions(workbook.Worksheets.Add("Instructions"), eventName);
        sheet.SetTabActive();
        return workbook;
    }

    private static void AddList(IXLWorksheet sheet, IXLWorksheet lists, int listColumn, RecommendationColumns.Column column, IReadOnlyList<string> values, bool strict)
    {
        lists.Cell(1, listColumn).Value = column.Header;
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
        validation.ErrorTitle = column.Header;
        validation.ErrorMessage = column.Help;
    }

    private static void AddInstructions(IXLWorksheet sheet, string eventName)
    {
        sheet.Column(1).Width = 28;
        sheet.Column(2).Width = 90;
        sheet.Column(2).Style.Alignment.WrapText = true;
        sheet.Cell(1, 1).SetValue(UserText.ForXml($"Recommendations template: {eventName}"));
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        sheet.Cell(2, 1).Value = "Fill one row per recommendation on the sheet \"Recommendations\", then upload the file on the capture page. "
            + "If any row has a problem, nothing is saved and the page lists each problem by row and column.";
        sheet.Range(2, 1, 2, 2).Merge();
        sheet.Row(2).Height = 45;
        for (var i = 0; i < RecommendationColumns.All.Count; i++)
        {
            var column = RecommendationColumns.All[i];
            sheet.Cell(i + 4, 1).Value = column.Header;
            sheet.Cell(i + 4, 1).Style.Font.Bold = true;
            sheet.Cell(i + 4, 2).Value = column.Help;
        }

        sheet.Cell(RecommendationColumns.All.Count + 5, 1).Value = "Limits";
        sheet.Cell(RecommendationColumns.All.Count + 5, 1).Style.Font.Bold = true;
        sheet.Cell(RecommendationColumns.All.Count + 5, 2).Value = $"Up to {ImportRecommendations.MaxRows:N0} rows and 5 MB per file. Formulas are read as their text, never calculated.";
    }
}
