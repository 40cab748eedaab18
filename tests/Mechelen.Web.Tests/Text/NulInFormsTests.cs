using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Text;

/// <summary>
/// A NUL (U+0000) typed or pasted into any field: the form comes back with a field message and the rest of the
/// text, and nothing is saved. The framework's form reader refuses %00 outright, which used to end in a bare 400.
/// </summary>
public sealed class NulInFormsTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static async Task<string> RefusedPageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("invisible NUL character (U+0000)", html);
        return html;
    }

    [Fact]
    public async Task CaptureAndEdit_WithNul_ShowTheFormAgain_WithTheRestOfTheText()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var areas = await factory.AreaIdsAsync();
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var key = Guid.NewGuid();

        var capture = await client.SaveAsync(sessionId, CaptureForms.Fields("Open the city's \0services to everyone.", key, [areas[0]], rationale: "Pasted\0 from a PDF."));

        var html = await RefusedPageAsync(capture, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(UserText.NulRefused, html);
        Assert.Contains(">Open the city's services to everyone.</textarea>", html);
        Assert.Contains(">Pasted from a PDF.</textarea>", html);
        Assert.Contains($"value=\"{key}\"", html);
        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.IdempotencyKey == key)));

        var saved = await client.SaveAsync(sessionId, CaptureForms.Fields("Open the city's services to everyone.", key, [areas[0]]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
        var edit = $"/sessions/{sessionId}/capture/{id}/edit";
        var edited = await client.PostFormAsync(edit, edit, CaptureForms.Fields("Open every \0service to everyone.", Guid.Empty, [areas[0]]).Append(new("Version", "0")));

        html = await RefusedPageAsync(edited, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(">Open every service to everyone.</textarea>", html);
        Assert.Equal("Open the city's services to everyone.", await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Text).SingleAsync()));
    }

    [Fact]
    public async Task OfficersEdits_WithNul_AreRefusedWithAMessage_AndChangeNothing()
    {
        var ids = await factory.AddAsync(new Rec("Fund local reception centres " + TestData.Token()), new Rec("Fund reception in small towns " + TestData.Token()));
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var review = await client.PostFormAsync($"/recommendations/{ids[0]}", $"/recommendations/{ids[0]}",
            [new("Version", "0"), new("Action", "Reject"), new("Area", "housing"), new("RejectionReason", "Out of\0 scope")]);
        var html = await RefusedPageAsync(review, HttpStatusCode.BadRequest);
        Assert.Contains("RejectionReason", html);

        var bulk = await client.PostFormAsync("/recommendations", "/recommendations/bulk", [new("Select", $"{ids[1]}:0"), new("Action", "Reject"), new("Reason", "Dup\0licate")]);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Contains("invisible NUL character", WebUtility.HtmlDecode(await client.GetStringAsync("/recommendations")));
        Assert.All(await factory.WithDbAsync(db => db.Recommendations.Where(r => ids.Contains(r.Id)).Select(r => r.Status).ToListAsync()),
            status => Assert.Equal(RecommendationStatus.Submitted, status));

        var create = await client.PostFormAsync($"/key-recommendations/new?Select={ids[0]}:0", "/key-recommendations",
            [new("Select", $"{ids[0]}:0"), new("Wording", "Fund\0 reception"), new("AreaCode", "housing"), new("Status", "Draft")]);
        html = await RefusedPageAsync(create, HttpStatusCode.BadRequest);
        Assert.Contains(">Fund reception</textarea>", html);
        Assert.False(await factory.WithDbAsync(db => db.KeyRecommendations.AnyAsync(k => k.Sources.Any(s => s.RecommendationId == ids[0]))));

        var created = await client.PostFormAsync($"/key-recommendations/new?Select={ids[0]}:0", "/key-recommendations",
            [new("Select", $"{ids[0]}:0"), new("Wording", "Fund reception"), new("AreaCode", "housing"), new("Status", "Draft")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var keyId = await factory.WithDbAsync(db => db.KeyRecommendations.Where(k => k.Sources.Any(s => s.RecommendationId == ids[0])).Select(k => k.Id).SingleAsync());
        var edit = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}",
            [new("Version", "0"), new("Wording", "Fund\0 reception well"), new("AreaCode", "housing"), new("Position", "1"), new("Status", "Draft")]);
        html = await RefusedPageAsync(edit, HttpStatusCode.BadRequest);
        Assert.Contains(">Fund reception well</textarea>", html);
        Assert.Equal("Fund reception", await factory.WithDbAsync(db => db.KeyRecommendations.Where(k => k.Id == keyId).Select(k => k.Wording).SingleAsync()));
    }

    [Fact]
    public async Task AdminForms_WithNul_AreRefusedWithAFieldMessage_AndChangeNothing()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var ev = await factory.WithDbAsync(db => db.Events.OrderBy(e => e.Id).FirstAsync());
        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).FirstAsync());
        var area = await factory.WithDbAsync(db => db.GovernanceAreas.OrderBy(a => a.Id).FirstAsync());

        var eventUrl = $"/admin/events/{ev.Id}";
        var html = await RefusedPageAsync(await admin.PostFormAsync(eventUrl, eventUrl,
            [new("Form.Name", "Global\0 Conference"), new("Form.Hosts", ev.Hosts), new("Form.Partners", ev.Partners), new("Form.Purpose", ev.Purpose)]), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("value=\"Global Conference\"", html);
        var sessionUrl = $"/admin/sessions/{session.Id}";
        await RefusedPageAsync(await admin.PostFormAsync(sessionUrl, sessionUrl,
            [new("Form.Title", "Cities\0 first"), new("Form.Date", "2017-11-16"), new("Form.Start", "10:00"), new("Form.End", "11:00")]), HttpStatusCode.UnprocessableEntity);
        var areaUrl = $"/admin/areas/{area.Id}";
        await RefusedPageAsync(await admin.PostFormAsync(areaUrl, areaUrl,
            [new("Form.Name", "Hous\0ing"), new("Form.Description", area.Description), new("Form.Order", "40")]), HttpStatusCode.UnprocessableEntity);

        var email = $"nul-{Guid.NewGuid():N}@test.example";
        await RefusedPageAsync(await admin.PostFormAsync("/admin/users/new", "/admin/users/new", [new("list", $"Am\0ina; {email}; Rapporteur")]), HttpStatusCode.UnprocessableEntity);
        var user = await factory.CreateUserAsync($"nul-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur);
        var userUrl = $"/admin/users/{user.Id}";
        await RefusedPageAsync(await admin.PostFormAsync(userUrl, userUrl, [new("Form.DisplayName", "Am\0ina"), new("Form.Roles", Roles.Rapporteur)]), HttpStatusCode.UnprocessableEntity);

        Assert.Equal(ev.Name, await factory.WithDbAsync(db => db.Events.Where(e => e.Id == ev.Id).Select(e => e.Name).SingleAsync()));
        Assert.Equal(session.Title, await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Title).SingleAsync()));
        Assert.Equal(area.Name, await factory.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Id == area.Id).Select(a => a.Name).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == user.Id));
        Assert.Equal(user.DisplayName, stored.DisplayName);
        Assert.Equal(user.PasswordHash, stored.PasswordHash);
    }

    [Fact]
    public async Task Login_WithNul_ShowsTheFormAgain_WithAMessage()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/login", "/account/login", [new("Email", "someone\0@test.example"), new("Password", TestAccounts.Password)]);

        var html = await RefusedPageAsync(response, HttpStatusCode.OK);
        Assert.Contains("value=\"someone@test.example\"", html);
    }

    [Fact]
    public async Task Import_WithNulInACell_NamesTheRowAndColumn_AndSavesNothing()
    {
        var sessionId = (await factory.SessionIdsAsync())[1];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var (code, title) = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => ValueTuple.Create(s.Event.Code, s.Title)).SingleAsync());
        var token = TestData.Token();
        using var workbook = CaptureTemplate.Build("Test", [title], await factory.ChoicesAsync(), Languages.Shared);
        var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
        var area = workbook.Worksheet(CaptureTemplate.ListsSheetName).Cell(2, 2).GetString();
        sheet.Cell(2, 1).SetValue(title);
        sheet.Cell(2, 2).SetValue($"{token} a valid recommendation for row two.");
        sheet.Cell(2, 4).SetValue(area);
        sheet.Cell(3, 1).SetValue(title);
        sheet.Cell(3, 2).SetValue($"{token} copied from a\0 database export.");
        sheet.Cell(3, 3).SetValue("Context\0");
        sheet.Cell(3, 4).SetValue(area);

        var (status, html) = await client.UploadAsync(code, null, WorkbookUploads.Save(workbook));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("<tr><td>3</td><td>B (Recommendation)</td><td dir=\"auto\">The cell contains an invisible NUL character (U+0000)", html);
        Assert.Contains("<tr><td>3</td><td>C (Rationale or context)</td><td dir=\"auto\">The cell contains an invisible NUL character (U+0000)", html);
        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.Text.StartsWith(token))));
    }

    [Fact]
    public async Task SearchText_WithNul_IsTheDocumented400_OrAnAnswerWithAMessage()
    {
        var token = TestData.Token();
        await factory.AddAsync(new Rec($"{token} housing first") { Status = RecommendationStatus.Validated });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var q = Uri.EscapeDataString($"{token}\0");

        var list = await officer.GetAsync($"/recommendations?q={q}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var html = WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync());
        Assert.Contains("The text of Q contained an invisible NUL character (U+0000); it was taken out.", html);
        Assert.Contains("housing first", html);

        var api = await officer.GetAsync($"/api/recommendations?q={q}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            Assert.Contains("NUL", problem.RootElement.GetProperty("errors").GetRawText());
        }

        foreach (var url in new[] { "/api/key-recommendations", "/recommendations/export.xlsx", "/recommendations/export.csv", "/recommendations/export.json", "/reports/outcome", "/reports/outcome.pdf" })
        {
            var response = await officer.GetAsync($"{url}?q={q}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }

        var sessionId = (await factory.SessionIdsAsync())[0];
        var (rapporteur, _) = await factory.RapporteurAsync(sessionId);
        var hints = await rapporteur.GetAsync($"/sessions/{sessionId}/capture/similar?text={Uri.EscapeDataString("housing first\0 for everyone")}");
        Assert.Equal(HttpStatusCode.OK, hints.StatusCode);
    }
}
