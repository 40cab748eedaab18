using ClosedXML.Excel;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>The Excel template for an event's programme, in the reader's language: one row per session, kinds from a list.</summary>
public static class ProgrammeTemplate
{
    public sealed class Handler(MechelenDbContext db, IStringLocalizer<SharedResource> localizer)
    {
        public async Task<CaptureTemplate.File?> HandleAsync(int eventId, CancellationToken cancellationToken)
        {
            var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
                .Select(e => new { e.Code, e.Name, e.StartDate, e.EndDate, e.TimeZone }).FirstOrDefaultAsync(cancellationToken);
            if (ev is null)
            {
                return null;
            }

            using var workbook = Build(ev.Name, ev.StartDate, ev.EndDate, ev.TimeZone, localizer);
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            return new CaptureTemplate.File($"{ev.Code}-programme.xlsx", stream.ToArray());
        }
    }

    public static XLWorkbook Build(string eventName, DateOnly start, DateOnly end, string timeZone, IStringLocalizer localizer)
    {
        var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(localizer["Programme"].Value);
        foreach (var column in ProgrammeColumns.All)
        {
            sheet.Cell(1, column.Number).SetValue(localizer[column.Header].Value);
            sheet.Column(column.Number).Width = column.Width;
            sheet.Column(column.Number).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        var header = sheet.Range(1, 1, 1, ProgrammeColumns.All.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#0B5C8A");
        header.Style.Font.FontColor = XLColor.White;
        sheet.SheetView.FreezeRows(1);

        var last = ImportProgramme.MaxRows + 1;
        sheet.Range(2, ProgrammeColumns.Day.Number, last, ProgrammeColumns.Day.Number).Style.NumberFormat.Format = "yyyy-mm-dd";
        sheet.Range(2, ProgrammeColumns.Start.Number, last, ProgrammeColumns.End.Number).Style.NumberFormat.Format = "hh:mm";
        sheet.Range(2, ProgrammeColumns.Focus.Number, last, ProgrammeColumns.Focus.Number).Style.Alignment.WrapText = true;

        var lists = workbook.Worksheets.Add(localizer["Lists"].Value);
        lists.Cell(1, 1).SetValue(localizer[ProgrammeColumns.Kind.Header].Value);
        var kinds = Enum.GetValues<SessionKind>();
        for (var i = 0; i < kinds.Length; i++)
        {
            lists.Cell(i + 2, 1).SetValue(localizer[$"SessionKind.{kinds[i]}"].Value);
        }

        var validation = sheet.Range(2, ProgrammeColumns.Kind.Number, last, ProgrammeColumns.Kind.Number).SetDataValidation();
        validation.List(lists.Range(2, 1, kinds.Length + 1, 1), true);
        validation.IgnoreBlanks = true;
        validation.ShowErrorMessage = true;
        validation.ErrorTitle = localizer[ProgrammeColumns.Kind.Header];
        validation.ErrorMessage = localizer[ProgrammeColumns.Kind.Help];
        lists.Visibility = XLWorksheetVisibility.Hidden;

        var instructions = workbook.Worksheets.Add(localizer["Instructions"].Value);
        instructions.Column(1).Width = 24;
        instructions.Column(2).Width = 90;
        instructions.Column(2).Style.Alignment.WrapText = true;
        instructions.Cell(1, 1).SetValue(UserText.ForXml(localizer["Programme template: {0}", eventName].Value));
        instructions.Cell(1, 1).Style.Font.Bold = true;
        instructions.Cell(1, 1).Style.Font.FontSize = 14;
        instructions.Cell(2, 1).SetValue(localizer["Fill one row per session on the sheet \"{0}\", then upload the file on the event's page. Days and times are in the event's time zone ({1}), from {2:yyyy-MM-dd} to {3:yyyy-MM-dd}. If any row has a problem, nothing is saved and the page lists each problem by row and column.",
            sheet.Name, timeZone, start, end].Value);
        instructions.Range(2, 1, 2, 2).Merge().Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        instructions.Row(2).Height = 60;
        for (var i = 0; i < ProgrammeColumns.All.Count; i++)
        {
            var column = ProgrammeColumns.All[i];
            instructions.Cell(4 + i, 1).SetValue(localizer[column.Header].Value);
            instructions.Cell(4 + i, 1).Style.Font.Bold = true;
            instructions.Cell(4 + i, 2).SetValue(localizer[column.Help].Value);
        }

        var limits = 5 + ProgrammeColumns.All.Count;
        instructions.Cell(limits, 1).SetValue(localizer["Limits"].Value);
        instructions.Cell(limits, 1).Style.Font.Bold = true;
        instructions.Cell(limits, 2).SetValue(localizer["Up to {0:N0} sessions and 5 MB per file. Formulas are read as their text, never calculated.", ImportProgramme.MaxRows].Value);
        sheet.SetTabActive();
        return workbook;
    }
}
