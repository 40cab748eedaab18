using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Text;

/// <summary>
/// xlsx is XML 1.0, which cannot carry control characters, U+FFFE, U+FFFF or half a surrogate pair: the workbook
/// shows U+FFFD in their place, and the database keeps them.
/// </summary>
public sealed class XmlWritersTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private const string Unwritable = "nul \0 vt \v esc \u001B nonchar \uFFFE\uFFFF half \uD800";

    // ClosedXML escapes such characters as _xHHHH_, which asks Excel to recreate them; no cell may hold one.
    private static void AssertEveryCellIsXmlText(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var text = string.Concat(XDocument.Load(stream).Descendants().Where(e => !e.HasElements).Select(e => e.Value));
            Assert.DoesNotMatch("_x(000[0-8BCEF]|001[0-9A-F]|FFF[EF])_", text);
        }
    }

    [Fact]
    public async Task TheExport_ShowsTheReplacementCharacter_WhereXmlCannotCarryOne_AndTheDatabaseKeepsIt()
    {
        var t = TestData.Token();
        var text = $"{t} {Unwritable} and an emoji 😀";
        var id = (await factory.AddAsync(new Rec(text) { Rationale = "=1+1 " + Unwritable }))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var xlsx = await officer.GetByteArrayAsync($"/recommendations/export.xlsx?q={t}");

        AssertEveryCellIsXmlText(xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal($"{t} nul \uFFFD vt \uFFFD esc \uFFFD nonchar \uFFFD\uFFFD half \uFFFD and an emoji 😀", sheet.Cell(2, headers.IndexOf("Text") + 1).GetString());
        var rationale = sheet.Cell(2, headers.IndexOf("Rationale") + 1);
        Assert.Equal("=1+1 " + UserText.ForXml(Unwritable), rationale.GetString());
        Assert.True(rationale.Style.IncludeQuotePrefix);
        // SQLite stores UTF-8, which cannot hold half a pair either (the text policy replaces it before it gets there).
        Assert.Equal(text.Replace("\uD800", "\uFFFD", StringComparison.Ordinal),
            await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Text).SingleAsync()));
    }

    [Fact]
    public async Task TheTemplate_CarriesNamesXmlCannotHold_AndItsUploadStillFindsThem()
    {
        var sessionId = (await factory.SessionIdsAsync())[4];
        var title = "Side event \uFFFE on \u001B cities";
        await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, title)));
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var code = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).SingleAsync());

        var template = await client.GetByteArrayAsync($"/sessions/{sessionId}/capture/template");

        AssertEveryCellIsXmlText(template);
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var shown = workbook.Worksheet(CaptureTemplate.ListsSheetName).Cell(2, 1).GetString();
        Assert.Equal("Side event \uFFFD on \uFFFD cities", shown);
        var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
        var t = TestData.Token();
        sheet.Cell(2, 1).SetValue(shown);
        sheet.Cell(2, 2).SetValue($"{t} chosen from the template's list of sessions.");
        sheet.Cell(2, 4).SetValue(workbook.Worksheet(CaptureTemplate.ListsSheetName).Cell(2, 2).GetString());

        var (status, html) = await client.UploadAsync(code, null, WorkbookUploads.Save(workbook));

        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Equal(sessionId, await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Text.StartsWith(t)).Select(r => r.SessionId).SingleAsync()));
    }
}
