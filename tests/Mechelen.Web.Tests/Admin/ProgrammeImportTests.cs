using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Admin;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Admin;

public sealed class ProgrammeImportTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static readonly DateOnly First = new(2026, 5, 4);

    private async Task<(int Id, string Code)> NewEventAsync()
    {
        var code = $"import-{Guid.NewGuid():N}"[..20];
        var id = await factory.WithDbAsync(async db =>
        {
            var ev = new Event
            {
                Code = code,
                Name = "Import consultation",
                City = "Ghent",
                Country = "Belgium",
                StartDate = First,
                EndDate = First.AddDays(1),
                TimeZone = "Europe/Brussels",
                Hosts = "City of Ghent",
                Partners = "IOM",
                Purpose = "the regional review",
            };
            db.Events.Add(ev);
            await db.SaveChangesAsync();
            return ev.Id;
        });
        return (id, code);
    }

    private static async Task<XLWorkbook> TemplateAsync(HttpClient admin, int eventId)
    {
        var response = await admin.GetAsync($"/admin/events/{eventId}/programme/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CaptureTemplate.ContentType, response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient admin, int eventId, byte[] content, string name = "programme.xlsx")
    {
        var page = $"/admin/events/{eventId}/programme/import";
        var token = await admin.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(CaptureTemplate.ContentType);
        form.Add(file, "file", name);
        var response = await admin.PostAsync(page, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static void Row(IXLWorksheet sheet, int row, string title, object kind, object day, object start, object end, string? order = null, string? moderator = null)
    {
        sheet.Cell(row, ProgrammeColumns.Title.Number).SetValue(title);
        sheet.Cell(row, ProgrammeColumns.Kind.Number).SetValue(kind);
        sheet.Cell(row, ProgrammeColumns.Day.Number).SetValue(day);
        sheet.Cell(row, ProgrammeColumns.Start.Number).SetValue(start);
        sheet.Cell(row, ProgrammeColumns.End.Number).SetValue(end);
        sheet.Cell(row, ProgrammeColumns.Moderator.Number).SetValue(moderator ?? "");
        sheet.Cell(row, ProgrammeColumns.Order.Number).SetValue(order ?? "");
    }

    private Task<List<Session>> SessionsAsync(int eventId) =>
        factory.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Id).ToListAsync());

    [Fact]
    public async Task FilledTemplate_AddsEverySession_InTheEventsLocalTime_AndTheProgrammeListsParallelSessionsByOrder()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, code) = await NewEventAsync();
        using var workbook = await TemplateAsync(admin, id);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Title", sheet.Cell(1, 1).GetString());
        Row(sheet, 2, "Opening plenary", "Opening", new DateTime(2026, 5, 4), new TimeSpan(9, 0, 0), new TimeSpan(10, 0, 0), moderator: "A. Costa");
        Row(sheet, 3, "Housing discussion", "Guided discussion", "2026-05-04", "10:30", "12:00", order: "2");
        Row(sheet, 4, "Work discussion", "guided discussion", "2026-05-04", "10:30", "12:00", order: "1");
        // Kinds are read in any interface language.
        Row(sheet, 5, "Soirée des villes", "Événement parallèle", new DateTime(2026, 5, 5), "18h30", "20:00");

        var filled = WorkbookUploads.Save(workbook);
        var (status, html) = await UploadAsync(admin, id, filled);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("4 sessions added from", html);
        var sessions = await SessionsAsync(id);
        Assert.Equal(4, sessions.Count);
        Assert.Equal((SessionKind.Opening, new DateTime(2026, 5, 4, 9, 0, 0), "A. Costa"), (sessions[0].Kind, sessions[0].StartsAt, sessions[0].Moderator));
        Assert.Equal((SessionKind.SideEvent, new DateTime(2026, 5, 5, 18, 30, 0), new DateTime(2026, 5, 5, 20, 0, 0)), (sessions[3].Kind, sessions[3].StartsAt, sessions[3].EndsAt));
        Assert.All(sessions, s => Assert.StartsWith("admin-", s.Code));

        var programme = WebUtility.HtmlDecode(await factory.CreateBrowserClient().GetStringAsync($"/events/{code}"));
        var positions = new[] { "Opening plenary", "Work discussion", "Housing discussion", "Soirée des villes" }.Select(t => programme.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order().ToList(), positions);

        // Uploading the same sheet again adds nothing: every row names a session already in the programme.
        var (again, againHtml) = await UploadAsync(admin, id, filled);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again);
        Assert.Contains("A session with this title already starts at this time", againHtml);
        Assert.Equal(4, (await SessionsAsync(id)).Count);
    }

    [Fact]
    public async Task EachKindOfBadCell_IsListedByRowAndColumn_AndNothingIsWritten()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, _) = await NewEventAsync();
        using var workbook = await TemplateAsync(admin, id);
        var sheet = workbook.Worksheet(1);
        Row(sheet, 2, "A good session", "Plenary", "2026-05-04", "09:00", "10:00");
        Row(sheet, 3, "", "Plenary", "2026-05-04", "09:00", "10:00");
        Row(sheet, 4, "Unknown kind", "Cocktail", "2026-05-04", "09:00", "10:00");
        Row(sheet, 5, "Bad day", "Plenary", "next Tuesday", "09:00", "10:00");
        Row(sheet, 6, "Day outside", "Plenary", "2026-06-01", "09:00", "10:00");
        Row(sheet, 7, "Bad time", "Plenary", "2026-05-04", "nine", "10:00");
        Row(sheet, 8, "Ends first", "Plenary", "2026-05-04", "11:00", "10:00");
        Row(sheet, 9, "Bad order", "Plenary", "2026-05-04", "09:00", "10:00", order: "first");
        Row(sheet, 10, "Long moderator", "Plenary", "2026-05-04", "09:00", "10:00", moderator: new string('m', 301));
        Row(sheet, 11, "A good session", "Plenary", "2026-05-04", "09:00", "10:00");

        var (status, html) = await UploadAsync(admin, id, WorkbookUploads.Save(workbook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Nothing was saved: 9 problems were found.", html);
        Assert.Contains("<tr><td>3</td><td>Title</td><td dir=\"auto\">This cell is required.</td></tr>", html);
        Assert.Contains("<tr><td>4</td><td>Kind</td><td dir=\"auto\">\"Cocktail\" is not a kind of session.", html);
        Assert.Contains("<tr><td>5</td><td>Day</td><td dir=\"auto\">Enter the day as a date", html);
        Assert.Contains("<tr><td>6</td><td>Day</td><td dir=\"auto\">The day 2026-06-01 is outside the event's dates (2026-05-04 to 2026-05-05).", html);
        Assert.Contains("<tr><td>7</td><td>Starts (local time)</td><td dir=\"auto\">Enter the time as hours and minutes", html);
        Assert.Contains("<tr><td>8</td><td>Ends (local time)</td><td dir=\"auto\">The end time must be after the start time.", html);
        Assert.Contains("<tr><td>9</td><td>Order</td><td dir=\"auto\">The order is a whole number from 0 to 999.", html);
        Assert.Contains("<tr><td>10</td><td>Moderator</td><td dir=\"auto\">The cell has 301 characters; at most 300 are allowed.", html);
        Assert.Contains("<tr><td>11</td><td>Title</td><td dir=\"auto\">A session with this title already starts at this time", html);
        Assert.Empty(await SessionsAsync(id));
    }

    [Fact]
    public async Task Problems_AreWordedInTheReadersLanguage()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, _) = await NewEventAsync();
        using var workbook = await TemplateAsync(admin, id);
        Row(workbook.Worksheet(1), 2, "Session", "Cocktail", "2026-05-04", "09:00", "10:00");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = $"/admin/events/{id}/programme/import?culture=fr&ui-culture=fr";
        var token = await admin.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(WorkbookUploads.Save(workbook)), "file", "p.xlsx" } };
        var html = WebUtility.HtmlDecode(await (await admin.PostAsync(page, form)).Content.ReadAsStringAsync());
        Assert.Contains("n’est pas un type de session", html);
    }

    [Fact]
    public async Task FiveHundredSessions_AreImported_AndOneMoreIsRefusedWhole()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, _) = await NewEventAsync();
        async Task<byte[]> SheetAsync(int rows)
        {
            using var workbook = await TemplateAsync(admin, id);
            for (var i = 0; i < rows; i++)
            {
                Row(workbook.Worksheet(1), i + 2, $"Session {i}", "Guided discussion", "2026-05-04", "09:00", "10:00", order: (i % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return WorkbookUploads.Save(workbook);
        }

        var (over, overHtml) = await UploadAsync(admin, id, await SheetAsync(ImportProgramme.MaxRows + 1));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, over);
        Assert.Contains("The sheet has 501 filled rows; at most 500 sessions can be imported at once.", overHtml);
        Assert.Empty(await SessionsAsync(id));

        var (status, html) = await UploadAsync(admin, id, await SheetAsync(ImportProgramme.MaxRows));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("500 sessions added", html);
        Assert.Equal(500, (await SessionsAsync(id)).Count);
    }

    [Fact]
    public async Task ANonExcelFile_OrAnotherSheet_IsRefusedWithAMessage()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, _) = await NewEventAsync();
        var (status, html) = await UploadAsync(admin, id, "title,kind\nOpening,Plenary\n"u8.ToArray(), "programme.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("This file is not an Excel workbook (.xlsx).", html);

        using var other = new XLWorkbook();
        other.AddWorksheet("Data").Cell(1, 1).SetValue("Name");
        var (otherStatus, otherHtml) = await UploadAsync(admin, id, WorkbookUploads.Save(other));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherStatus);
        Assert.Contains("does not have the template's header row: cell A1 should say \"Title\" but says \"Name\"", otherHtml);
        Assert.Empty(await SessionsAsync(id));
    }

    [Fact]
    public async Task TheSessionForm_SavesTheOrder_AndRefusesOneOutOfRange()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (id, _) = await NewEventAsync();
        var url = $"/admin/events/{id}/sessions/new";
        List<KeyValuePair<string, string>> Fields(string order) =>
            [new("Form.Title", "Parallel"), new("Form.Kind", "GuidedDiscussion"), new("Form.Date", "2026-05-04"), new("Form.Start", "10:00"), new("Form.End", "11:00"), new("Form.Order", order)];

        var refused = await admin.PostFormAsync(url, url, Fields("1000"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The order is a whole number from 0 to 999.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, url, Fields("7"))).StatusCode);
        var session = Assert.Single(await SessionsAsync(id));
        Assert.Equal(7, session.Order);

        var edit = $"/admin/sessions/{session.Id}";
        await admin.SubmitAsync(edit, edit, f => f.With("Form.Order", "3"));
        Assert.Equal(3, (await SessionsAsync(id)).Single().Order);
    }
}
