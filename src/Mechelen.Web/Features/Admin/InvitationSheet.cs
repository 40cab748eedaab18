using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Admin;

/// <summary>
/// The links just issued as a workbook to hand out. The server keeps no copy of a link, so the page that shows them
/// posts them back to make the file; nothing is stored.
/// </summary>
public static class InvitationSheet
{
    public sealed class Row
    {
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string Url { get; set; } = "";
        public string Expires { get; set; } = "";
    }

    /// <summary>The headers of the people list, in the reader's language; the invite upload reads the same four columns.</summary>
    public static string[] ListHeaders(IStringLocalizer localizer) => [localizer["Name"], localizer["E-mail"], localizer["Roles"], localizer["Sessions"]];

    public static byte[] Build(IReadOnlyList<Row> rows, IStringLocalizer localizer)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Safe(localizer["Invitations"]));
        string[] headers = [localizer["Name"], localizer["E-mail"], localizer["Link to set the password"], localizer["Valid until (UTC)"]];
        double[] widths = [30, 36, 90, 22];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            // Text cells, so a name starting with = never runs as a formula.
            sheet.Cell(r + 2, 1).SetValue(UserTextForXml(rows[r].Name));
            sheet.Cell(r + 2, 2).SetValue(UserTextForXml(rows[r].Email));
            sheet.Cell(r + 2, 3).SetValue(rows[r].Url);
            sheet.Cell(r + 2, 4).SetValue(rows[r].Expires);
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>An empty list to fill: the four columns the upload reads.</summary>
    public static byte[] Template(IStringLocalizer localizer)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(Safe(localizer["People"]));
        var headers = ListHeaders(localizer);
        double[] widths = [30, 36, 30, 40];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string UserTextForXml(string text) => Infrastructure.UserText.ForXml(text);

    private static string Safe(string name) => name.Length > 31 ? name[..31] : name;
}
