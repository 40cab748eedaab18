using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Workspace;

public sealed partial class ListAndExportTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public ListAndExportTests(MechelenAppFactory factory) => _factory = factory;

    [Fact]
    public async Task SameFilter_GivesTheSameIds_InListExcelCsvJsonAndApi()
    {
        var t = TestData.Token();
        var ids = await _factory.AddAsync(
            new Rec($"{t} one") { Areas = ["housing"] },
            new Rec($"{t} two") { Areas = ["employment"], Levels = GovernanceLevels.National },
            new Rec($"{t} three") { Areas = ["housing", "services"], Status = RecommendationStatus.Validated },
            new Rec($"{t} four") { Areas = ["justice"] },
            new Rec($"{t} five") { Areas = ["services"], Language = RecommendationLanguage.French });
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);
        var query = $"?q={t}&area=housing&area=services&sort=Session";
        int[] expected = [ids[0], ids[2], ids[4]];

        var html = await client.GetStringAsync("/recommendations" + query + "&pageSize=200");
        var listed = RowIdPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).ToList();

        using var workbook = new XLWorkbook(await client.GetStreamAsync("/recommendations/export.xlsx" + query));
        var sheet = workbook.Worksheet("Recommendations");
        var excel = sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetValue<int>()).ToList();

        var csv = TestData.ParseCsv(await client.GetStringAsync("/recommendations/export.csv" + query));
        var csvIds = csv.Skip(1).Select(r => int.Parse(r[0])).ToList();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/recommendations/export.json" + query));
        var jsonIds = json.RootElement.GetProperty("recommendations").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();

        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/recommendations" + query + "&pageSize=200"));
        var apiIds = api.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToList();

        Assert.Equal(expected.Order(), listed.Order());
        Assert.Equal(listed, excel);
        Assert.Equal(listed, csvIds);
        Assert.Equal(listed, jsonIds);
        Assert.Equal(listed, apiIds);
        Assert.Equal(3, api.RootElement.GetProperty("total").GetInt32());

        // Areas come back in the taxonomy's order, whatever order they were tagged in.
        var both = api.RootElement.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == ids[2]);
        Assert.Equal(["services", "housing"], both.GetProperty("areaCodes").EnumerateArray().Select(e => e.GetString()));

        // Each row has an empty slot for its "n similar" hint, not the capture page's similar panel.
        Assert.All(listed, id => Assert.Contains($"<span class=\"similar-slot\" data-similar=\"{id}\"></span>", html));
        Assert.DoesNotContain("class=\"similar\"", html);
    }

    [Theory]
    [InlineData("?level=Sideways")]
    [InlineData("?page=-1")]
    [InlineData("?pageSize=100000")]
    [InlineData("?session=999999")]
    [InlineData("?session=abc")]
    [InlineData("?area=no-such-area")]
    [InlineData("?cluster=77")]
    [InlineData("?status=Lost&language=Klingon")]
    [InlineData("?sort=Random")]
    public async Task InvalidQueryValues_ShowThePageWithAMessage(string query)
    {
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await client.GetAsync("/recommendations" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"notice error\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AVeryLongSearch_IsCutWithAMessage_NotAnError()
    {
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var page = await client.GetAsync("/recommendations?q=" + new string('x', 10_000));
        var api = await client.GetAsync("/api/recommendations?q=" + new string('x', 10_000));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("cut to its first", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Theory]
    [InlineData("/api/recommendations?level=Sideways")]
    [InlineData("/api/recommendations?page=0")]
    [InlineData("/api/key-recommendations?area=nowhere")]
    [InlineData("/recommendations/export.csv?session=999999")]
    public async Task ApiAndExports_RefuseInvalidFiltersWith400(string url)
    {
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownEvent_Is404()
    {
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/recommendations?event=nowhere-1999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/recommendations?event=nowhere-1999")).StatusCode);
    }

    [Fact]
    public async Task Access_OfficersAndSecretariatRead_RapporteursDoNot_AnonymousIsSentToLogin()
    {
        var anonymous = _factory.CreateBrowserClient();
        var (rapporteur, _) = await _factory.SignedInAsync(Roles.Rapporteur);
        var (secretariat, _) = await _factory.SignedInAsync(Roles.Secretariat);

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await rapporteur.GetAsync("/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/recommendations/export.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rapporteur.GetAsync("/api/recommendations")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheReadApi_ForSignedInUsers()
    {
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/recommendations", paths);
        Assert.Contains("/api/key-recommendations", paths);
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_IsUtf8WithBom_AndCrlf()
    {
        var t = TestData.Token();
        await _factory.AddAsync(new Rec($"{t} integración, \"quoted\"\nsecond line"));
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var bytes = await client.GetByteArrayAsync($"/recommendations/export.csv?q={t}");
        var text = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        var rows = TestData.ParseCsv(text);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("\r\n", text);
        Assert.Equal($"{t} integración, \"quoted\"\nsecond line", rows[1][rows[0].IndexOf("text")]);
    }

    [GeneratedRegex("name=\"Select\" value=\"(\\d+):")]
    private static partial Regex RowIdPattern();
}
