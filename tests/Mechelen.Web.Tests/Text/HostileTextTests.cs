using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mechelen.Web.Tests.Text;

/// <summary>
/// The hostile corpus through every edge and every output: each input is captured, imported and searched for;
/// each one is stored exactly as the text policy says or refused with a message; every page, file and answer
/// that shows it answers without a server error, and pages show it as inert, HTML-encoded text.
/// </summary>
public sealed partial class HostileTextTests(MechelenAppFactory factory, ITestOutputHelper output) : IClassFixture<MechelenAppFactory>
{
    private sealed record Stored(HostileInput Input, string Entry, int Id, string Token, string Text, string? Rationale);

    private int _checks;

    [Fact]
    public async Task EveryHostileInput_IsStoredOrRefused_AndEveryOutputShowsItAsInertText()
    {
        var sessionId = (await factory.SessionIdsAsync())[0];
        var (rapporteur, _) = await factory.RapporteurAsync(sessionId);
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var stored = new List<Stored>();
        stored.AddRange(await CaptureAsync(rapporteur, sessionId));
        stored.AddRange(await ImportAsync(rapporteur, sessionId));
        await ValidateAsync(stored.Select(s => s.Id));

        await PagesAsync(officer, rapporteur, sessionId, stored);
        await ReportAsync(officer, stored);
        await FilesAsync(officer, stored);
        await SearchAsync(officer, rapporteur, sessionId);

        var inputs = HostileCorpus.Inputs.Count;
        output.WriteLine($"{inputs} hostile inputs, {stored.Count} stored items, {_checks} input × output checks");
        Assert.Equal(HostileCorpus.Inputs.Count(i => !HasNul(i.Payload)) * 2, stored.Count);
    }

    private static bool HasNul(string text) => text.Contains('\0', StringComparison.Ordinal);

    private static string Expected(string sent) => UserText.Clean(sent, out _);

    private async Task<List<Stored>> CaptureAsync(HttpClient client, int sessionId)
    {
        var areas = await factory.AreaIdsAsync();
        var stored = new List<Stored>();
        foreach (var input in HostileCorpus.Inputs)
        {
            var token = TestData.Token();
            var text = $"{token} {input.Payload}";
            var key = Guid.NewGuid();
            var response = await client.SaveAsync(sessionId, CaptureForms.Fields(text, key, [areas[0]], rationale: input.Payload));
            _checks++;
            if (HasNul(input.Payload))
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                Assert.Contains(UserText.NulRefused, html);
                Assert.Contains($">{Expected(text)}</textarea>", html);
                Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.IdempotencyKey == key)));
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"capture of {input.Kind}: {response.StatusCode}");
            var row = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => new { r.Id, r.Text, r.Rationale }).SingleAsync());
            Assert.Equal(Expected(text), row.Text);
            Assert.Equal(Expected(input.Payload), row.Rationale);
            stored.Add(new(input, "capture", row.Id, token, row.Text, row.Rationale));
        }

        return stored;
    }

    private async Task<List<Stored>> ImportAsync(HttpClient client, int sessionId)
    {
        var (code, title) = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => ValueTuple.Create(s.Event.Code, s.Title)).SingleAsync());
        var choices = await factory.ChoicesAsync();
        byte[] Workbook(IEnumerable<(string Text, string Rationale)> rows)
        {
            using var workbook = CaptureTemplate.Build("Hostile text", [title], choices, Languages.Shared);
            var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
            var row = 2;
            foreach (var (text, rationale) in rows)
            {
                sheet.Cell(row, RecommendationColumns.Session.Number).SetValue(title);
                sheet.Cell(row, RecommendationColumns.Text.Number).SetValue(text);
                sheet.Cell(row, RecommendationColumns.Rationale.Number).SetValue(rationale);
                sheet.Cell(row, RecommendationColumns.Areas.Number).SetValue(choices.Areas[0].Name);
                row++;
            }

            return WorkbookUploads.Save(workbook);
        }

        // One file holds every row or none is saved, so the refused inputs each get a file of their own.
        foreach (var input in HostileCorpus.Inputs.Where(i => HasNul(i.Payload)))
        {
            var (refusedStatus, refusedHtml) = await client.UploadAsync(code, null, Workbook([($"{TestData.Token()} {input.Payload}", input.Payload)]));
            _checks++;
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedStatus);
            Assert.Contains("<tr><td>2</td><td>B (Recommendation)</td><td dir=\"auto\">The cell contains an invisible NUL character (U+0000)", refusedHtml);
            Assert.Contains("<tr><td>2</td><td>C (Rationale or context)</td><td dir=\"auto\">The cell contains an invisible NUL character (U+0000)", refusedHtml);
        }

        var accepted = HostileCorpus.Inputs.Where(i => !HasNul(i.Payload)).Select(i => (Input: i, Token: TestData.Token())).ToList();
        var (status, html) = await client.UploadAsync(code, null, Workbook(accepted.Select(a => ($"{a.Token} {a.Input.Payload}", a.Input.Payload))));
        Assert.True(status == HttpStatusCode.OK, html);

        var stored = new List<Stored>();
        foreach (var (input, token) in accepted)
        {
            var row = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Text.StartsWith(token)).Select(r => new { r.Id, r.Text, r.Rationale }).SingleAsync());
            _checks++;
            Assert.Equal(Expected($"{token} {input.Payload}"), row.Text);
            Assert.Equal(Expected(input.Payload), row.Rationale);
            stored.Add(new(input, "import", row.Id, token, row.Text, row.Rationale));
        }

        return stored;
    }

    // Only validated recommendations reach the report; saved through the context, so the list's change stamp moves.
    private Task<int> ValidateAsync(IEnumerable<int> ids) =>
        factory.WithDbAsync(async db =>
        {
            var list = ids.ToList();
            foreach (var r in await db.Recommendations.Where(r => list.Contains(r.Id)).ToListAsync())
            {
                r.Status = RecommendationStatus.Validated;
            }

            return await db.SaveChangesAsync();
        });

    private async Task PagesAsync(HttpClient officer, HttpClient rapporteur, int sessionId, List<Stored> stored)
    {
        var encoder = factory.Services.GetRequiredService<HtmlEncoder>();
        foreach (var item in stored)
        {
            var list = await PageAsync(officer, $"/recommendations?q={item.Token}");
            AssertShownInert(list, item.Text, encoder);

            var detail = await PageAsync(officer, $"/recommendations/{item.Id}");
            AssertShownInert(detail, item.Text, encoder);
            AssertShownInert(detail, item.Rationale!, encoder);

            await JsonAsync(officer, $"/recommendations/similar?id={item.Id}", JsonValueKind.Object);

            // What the capture page's script sends: the first 500 characters, never half an emoji.
            var typed = item.Text.Length > 500 ? item.Text[..(char.IsHighSurrogate(item.Text[499]) ? 499 : 500)] : item.Text;
            await JsonAsync(rapporteur, $"/sessions/{sessionId}/capture/similar?text={Uri.EscapeDataString(typed)}", JsonValueKind.Array);

            _checks += 4;
        }

        // The rapporteur's own page lists what was captured there (its latest items, whatever its paging);
        // the audit log shows every text again in its before/after values.
        await PageAsync(rapporteur, $"/sessions/{sessionId}/capture");
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        await PageAsync(admin, "/audit");
    }

    private async Task ReportAsync(HttpClient officer, List<Stored> stored)
    {
        var encoder = factory.Services.GetRequiredService<HtmlEncoder>();
        var page = await PageAsync(officer, "/reports/outcome");
        var pdf = await officer.GetAsync("/reports/outcome.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfPigDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var pdfText = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        foreach (var item in stored)
        {
            AssertShownInert(page, item.Text, encoder);
            Assert.Contains(item.Token, pdfText);
            _checks += 2;
        }
    }

    private async Task FilesAsync(HttpClient officer, List<Stored> stored)
    {
        using var workbook = new XLWorkbook(await officer.GetStreamAsync("/recommendations/export.xlsx"));
        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var cells = sheet.RowsUsed().Skip(1).ToDictionary(r => r.Cell(headers.IndexOf("Id") + 1).GetValue<int>(),
            r => (Text: r.Cell(headers.IndexOf("Text") + 1), Rationale: r.Cell(headers.IndexOf("Rationale") + 1)));

        var csvText = await officer.GetStringAsync("/recommendations/export.csv");
        var csv = TestData.ParseCsv(csvText.TrimStart('\uFEFF'));
        var csvRows = csv.Skip(1).Where(r => r.Count == csv[0].Count).ToDictionary(r => int.Parse(r[csv[0].IndexOf("id")]));

        using var json = JsonDocument.Parse(await officer.GetStringAsync("/recommendations/export.json"));
        var jsonRows = json.RootElement.GetProperty("recommendations").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32());

        using var api = JsonDocument.Parse(await officer.GetStringAsync("/api/recommendations?pageSize=200"));
        var apiRows = api.RootElement.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32());

        foreach (var item in stored)
        {
            var (text, rationale) = cells[item.Id];
            Assert.Equal(UserText.ForXml(item.Text), text.GetString());
            Assert.Equal(UserText.ForXml(item.Rationale!), rationale.GetString());
            Assert.False(text.HasFormula || rationale.HasFormula, item.Input.Kind);
            Assert.Equal(ExcelFormula(item.Rationale!), rationale.Style.IncludeQuotePrefix);

            // CSV keeps the text as stored (CR LF inside a quoted field is how RFC 4180 carries a line break).
            Assert.Equal(item.Text, csvRows[item.Id][csv[0].IndexOf("text")]);
            Assert.Equal(item.Rationale, csvRows[item.Id][csv[0].IndexOf("rationale")]);
            Assert.Equal(item.Text, jsonRows[item.Id].GetProperty("text").GetString());
            Assert.Equal(item.Rationale, jsonRows[item.Id].GetProperty("rationale").GetString());
            Assert.Equal(item.Text, apiRows[item.Id].GetProperty("text").GetString());
            _checks += 4;
        }
    }

    private static bool ExcelFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    private async Task SearchAsync(HttpClient officer, HttpClient rapporteur, int sessionId)
    {
        string[] outputs = ["/recommendations", "/api/recommendations", "/recommendations/export.xlsx", "/recommendations/export.csv",
            "/recommendations/export.json", "/reports/outcome", "/reports/outcome.pdf"];
        foreach (var input in HostileCorpus.Inputs)
        {
            // The search box takes 500 characters.
            var q = Uri.EscapeDataString(input.Payload.Length > 500 ? input.Payload[..500] : input.Payload);
            foreach (var url in outputs)
            {
                var response = await officer.GetAsync($"{url}?q={q}");
                var body = await response.Content.ReadAsStringAsync();
                var expected = HasNul(input.Payload) && url != "/recommendations" ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
                Assert.True(response.StatusCode == expected, $"{url} with {input.Kind}: {response.StatusCode}");
                Assert.NotEmpty(body);
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    AssertInert(body);
                }
            }

            await JsonAsync(rapporteur, $"/sessions/{sessionId}/capture/similar?text={q}", JsonValueKind.Array);
            _checks += outputs.Length + 1;
        }
    }

    private static async Task JsonAsync(HttpClient client, string url, JsonValueKind kind)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(kind, json.RootElement.ValueKind);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        AssertInert(html);
        return html;
    }

    /// <summary>The text is on the page as the app's HTML encoder writes it, and none of its markup is live.</summary>
    private static void AssertShownInert(string html, string text, HtmlEncoder encoder)
    {
        Assert.Contains(encoder.Encode(text), html);
        if (text.AsSpan().IndexOfAny("<>\"'") >= 0)
        {
            Assert.DoesNotContain(text, html);
        }
    }

    /// <summary>No markup or attribute from the corpus is live anywhere on the page.</summary>
    private static void AssertInert(string html)
    {
        Assert.DoesNotMatch(LiveMarkup(), html);
    }

    [GeneratedRegex("<script>alert|<img src=x|<iframe|<b>bold|onmouseover=\"alert|onfocus='alert|href=\"javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex LiveMarkup();
}
