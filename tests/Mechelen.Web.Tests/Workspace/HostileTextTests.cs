using System.Text.Json;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Workspace;

public sealed class HostileTextTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public HostileTextTests(MechelenAppFactory factory) => _factory = factory;

    [Fact]
    public async Task HostileText_IsEscapedOnThePages_AndRoundTripsThroughEveryExport()
    {
        var t = TestData.Token();
        var text = $"{t} <script>alert('x')</script> \"quoted\" & 'single' \u202Egnp.exe\u202C {new string('w', 4000 - t.Length - 60)}";
        var rationale = "=cmd|' /C calc'!A0 <img src=x onerror=alert(1)>";
        var id = (await _factory.AddAsync(new Rec(text) { Rationale = rationale }))[0];
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var list = await client.GetStringAsync($"/recommendations?q={t}");
        var detail = await client.GetStringAsync($"/recommendations/{id}");
        Assert.All([list, detail], html =>
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
        });
        Assert.DoesNotContain("<img src=x", detail);

        using var workbook = new XLWorkbook(await client.GetStreamAsync($"/recommendations/export.xlsx?q={t}"));
        var sheet = workbook.Worksheet("Recommendations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(text, sheet.Cell(2, headers.IndexOf("Text") + 1).GetString());
        Assert.Equal(rationale, sheet.Cell(2, headers.IndexOf("Rationale") + 1).GetString());
        Assert.False(sheet.Cell(2, headers.IndexOf("Rationale") + 1).HasFormula);

        var csv = TestData.ParseCsv((await client.GetStringAsync($"/recommendations/export.csv?q={t}")).TrimStart('\uFEFF'));
        Assert.Equal(text, csv[1][csv[0].IndexOf("text")]);
        Assert.Equal(rationale, csv[1][csv[0].IndexOf("rationale")]);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/recommendations/export.json?q={t}"));
        var row = json.RootElement.GetProperty("recommendations")[0];
        Assert.Equal(text, row.GetProperty("text").GetString());
        Assert.Equal(rationale, row.GetProperty("rationale").GetString());

        using var api = JsonDocument.Parse(await client.GetStringAsync($"/api/recommendations?q={t}"));
        Assert.Equal(text, api.RootElement.GetProperty("items")[0].GetProperty("text").GetString());
    }
}
