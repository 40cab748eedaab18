using System.IO.Compression;
using System.Net;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

public sealed class WorkbookTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(HttpClient Client, int SessionId, string EventCode, string SessionTitle)> RapporteurAsync()
    {
        var sessionId = (await factory.SessionIdsAsync())[1];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var (code, title) = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => ValueTuple.Create(s.Event.Code, s.Title)).SingleAsync());
        return (client, sessionId, code, title);
    }

    private static void Fill(IXLWorksheet sheet, int row, string session, string text, string areas, string levels = "", string actors = "", string language = "")
    {
        sheet.Cell(row, 1).Value = session;
        sheet.Cell(row, 2).Value = text;
        sheet.Cell(row, 4).Value = areas;
        sheet.Cell(row, 5).Value = levels;
        sheet.Cell(row, 6).Value = actors;
        sheet.Cell(row, 7).Value = language;
    }

    [Fact]
    public async Task Template_DownloadFillUpload_SavesEveryRow_AndTheSameFileTwiceSavesThemOnce()
    {
        var (client, sessionId, eventCode, sessionTitle) = await RapporteurAsync();
        var download = await client.GetAsync($"/sessions/{sessionId}/capture/template");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(CaptureTemplate.ContentType, download.Content.Headers.ContentType?.MediaType);

        using var workbook = new XLWorkbook(new MemoryStream(await download.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
        Assert.Equal(RecommendationColumns.All.Select(c => c.Header), Enumerable.Range(1, 7).Select(i => sheet.Cell(1, i).GetString()));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.Column(2).Width >= 60);
        Assert.True(workbook.Worksheets.Contains("Instructions"));
        var lists = workbook.Worksheet(CaptureTemplate.ListsSheetName);
        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        Assert.Equal(sessionTitle, lists.Cell(2, 1).GetString());
        Assert.True(sheet.Cell(2, 4).HasDataValidation);
        var area1 = lists.Cell(2, 2).GetString();
        var area2 = lists.Cell(3, 2).GetString();
        var level = lists.Cell(2, 3).GetString();
        var actor = lists.Cell(4, 4).GetString();

        Fill(sheet, 2, sessionTitle, "Fund city-led reception centres through national budgets.", area1, level, actor, "English");
        Fill(sheet, 3, "", "Create one-stop shops for newcomers in every district.", $"{area1}; {area2}", language: "french");
        sheet.Cell(4, 2).FormulaA1 = "CONCATENATE(\"Evaluate \",\"everything\")";
        sheet.Cell(4, 4).Value = area2;
        var content = WorkbookUploads.Save(workbook);

        var (status, html) = await client.UploadAsync(eventCode, sessionId, content);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("3 recommendations saved", html);
        var saved = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).Where(r => r.SessionId == sessionId).OrderBy(r => r.Id).ToListAsync());
        var fromFile = saved.TakeLast(3).ToList();
        Assert.Equal("Fund city-led reception centres through national budgets.", fromFile[0].Text);
        Assert.NotEqual(GovernanceLevels.None, fromFile[0].Levels);
        Assert.NotEqual(ActorGroups.None, fromFile[0].Actors);
        Assert.Equal(2, fromFile[1].Areas.Count);
        Assert.Equal(RecommendationLanguage.French, fromFile[1].Language);
        Assert.Equal("=CONCATENATE(\"Evaluate \",\"everything\")", fromFile[2].Text);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "import" && fromFile.Select(r => r.Id.ToString()).Contains(a.EntityId))));

        var (againStatus, againHtml) = await client.UploadAsync(eventCode, sessionId, content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, againStatus);
        Assert.Contains("You uploaded this file already", againHtml);
        Assert.Equal(saved.Count, await factory.WithDbAsync(db => db.Recommendations.CountAsync(r => r.SessionId == sessionId)));
    }

    [Fact]
    public async Task AnInvalidRow_SavesNothing_AndEachProblemNamesItsRowAndColumn()
    {
        var (client, sessionId, eventCode, sessionTitle) = await RapporteurAsync();
        var before = await factory.WithDbAsync(db => db.Recommendations.CountAsync());
        using var workbook = CaptureTemplate.Build("Test", [sessionTitle], await factory.ChoicesAsync(), Languages.Shared);
        var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
        var area = workbook.Worksheet(CaptureTemplate.ListsSheetName).Cell(2, 2).GetString();
        Fill(sheet, 2, sessionTitle, "A perfectly valid recommendation for the row two.", area);
        Fill(sheet, 3, sessionTitle, "Too short", area);
        Fill(sheet, 5, "A session that does not exist", "Another valid recommendation text here.", "Not an area", language: "Klingon");

        var (status, html) = await client.UploadAsync(eventCode, null, WorkbookUploads.Save(workbook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Nothing was saved: 4 problems were found.", html);
        Assert.Contains("<tr><td>3</td><td>B (Recommendation)</td><td dir=\"auto\">The recommendation needs between 10 and 4,000 characters; it has 9.</td></tr>", html);
        Assert.Contains("<tr><td>5</td><td>A (Session)</td>", html);
        Assert.Contains("<tr><td>5</td><td>D (Governance areas)</td><td dir=\"auto\">\"Not an area\" is not a governance area of the list.</td></tr>", html);
        Assert.Contains("<tr><td>5</td><td>G (Language)</td>", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Recommendations.CountAsync()));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "text", WorkbookGuard.NotXlsx },
        { "encrypted", WorkbookGuard.Encrypted },
        { "corrupt", WorkbookGuard.Corrupt },
        { "bomb", WorkbookGuard.Bomb },
        { "no-header", "does not have the template's header row: cell A1 should say \"Session\"" },
        { "too-large", WorkbookGuard.TooLarge },
        { "too-many-rows", "The sheet has 5,001 filled rows; at most 5,000 can be uploaded at once." },
        { "empty", "Choose the filled template (.xlsx) to upload." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFile_IsRefusedWithItsMessage_AndNothingIsWritten(string kind, string message)
    {
        var (client, _, eventCode, sessionTitle) = await RapporteurAsync();
        var before = await factory.WithDbAsync(db => db.Recommendations.CountAsync());
        var (status, html) = await client.UploadAsync(eventCode, null, BadFile(kind, sessionTitle));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(message, html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Recommendations.CountAsync()));
    }

    private static byte[] BadFile(string kind, string sessionTitle)
    {
        switch (kind)
        {
            case "text":
                return "Session;Recommendation\nOpening;Hello world, this is CSV"u8.ToArray();
            case "encrypted":
                return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];
            case "corrupt":
                return [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x42, 4096)];
            case "bomb":
                using (var stream = new MemoryStream())
                {
                    using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
                    {
                        zip.CreateEntry("[Content_Types].xml").Open().Dispose();
                        using var entry = zip.CreateEntry("xl/workbook.xml", CompressionLevel.SmallestSize).Open();
                        var zeros = new byte[1024 * 1024];
                        for (var i = 0; i < 120; i++)
                        {
                            entry.Write(zeros);
                        }
                    }

                    return stream.ToArray();
                }

            case "no-header":
                using (var workbook = new XLWorkbook())
                {
                    workbook.Worksheets.Add("Data").Cell(1, 1).Value = "Something else";
                    return WorkbookUploads.Save(workbook);
                }

            case "too-large":
                return [0x50, 0x4B, 0x03, 0x04, .. new byte[WorkbookGuard.MaxBytes + 10]];
            case "too-many-rows":
                using (var workbook = new XLWorkbook())
                {
                    var sheet = workbook.Worksheets.Add(CaptureTemplate.SheetName);
                    foreach (var column in RecommendationColumns.All)
                    {
                        sheet.Cell(1, column.Number).Value = column.Header;
                    }

                    for (var row = 2; row <= ImportRecommendations.MaxRows + 2; row++)
                    {
                        sheet.Cell(row, 2).Value = $"Recommendation number {row}";
                    }

                    return WorkbookUploads.Save(workbook);
                }

            default:
                return [];
        }
    }
}
