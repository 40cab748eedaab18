using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Taxonomy;

/// <summary>The offline template speaks the rapporteur's language, and a template in any language imports whatever language the uploader uses.</summary>
public sealed class TemplateLanguagesTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(HttpClient Client, int SessionId, string EventCode)> RapporteurAsync(int index)
    {
        var sessionId = (await factory.SessionIdsAsync())[index];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var code = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).SingleAsync());
        return (client, sessionId, code);
    }

    private static async Task<XLWorkbook> DownloadAsync(HttpClient client, int sessionId)
    {
        var response = await client.GetAsync($"/sessions/{sessionId}/capture/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<(HttpStatusCode Status, string Html)> UploadAsync(HttpClient client, string eventCode, int sessionId, XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        var page = $"/events/{eventCode}/capture/import?session={sessionId}";
        var token = await client.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue(CaptureTemplate.ContentType);
        form.Add(file, "file", "filled.xlsx");
        var response = await client.PostAsync(page, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static void Fill(IXLWorksheet sheet, int row, string session, string text, string areas, string levels = "", string actors = "", string language = "")
    {
        string[] cells = [session, text, "", areas, levels, actors, language];
        for (var c = 0; c < cells.Length; c++)
        {
            sheet.Cell(row, c + 1).SetValue(cells[c]);
        }
    }

    private Task<List<Recommendation>> SavedAsync(int sessionId, string marker) =>
        factory.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).Where(r => r.SessionId == sessionId && r.Text.Contains(marker)).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task FrenchTemplate_IsInFrench_AndImportsBack_UnderEnglish()
    {
        var (client, sessionId, eventCode) = await RapporteurAsync(3);
        using var workbook = await DownloadAsync(client.WithLanguage("fr"), sessionId);

        var sheet = workbook.Worksheet("Recommandations");
        Assert.Equal(["Session", "Recommandation", "Justification ou contexte", "Domaines de gouvernance"],
            Enumerable.Range(1, 4).Select(i => sheet.Cell(1, i).GetString()));
        Assert.True(workbook.Worksheets.Contains("Instructions"));
        Assert.Contains("Le modèle peut être rempli en anglais, en français ou en espagnol", workbook.Worksheet("Instructions").Cell(3, 1).GetString());
        var lists = workbook.Worksheet("Listes");
        Assert.Equal("Droits de l'homme des migrants", lists.Cell(2, 1).GetString());
        var column = (int n) => lists.Column(n).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Contains("Logement", column(2));
        Assert.Contains("Régional (infranational)", column(3));
        Assert.Contains("Syndicats", column(4));
        Assert.Equal(["Anglais", "Français", "Espagnol", "Autre"], column(5));

        var marker = TestData.Token();
        Fill(sheet, 2, "Droits de l'homme des migrants", $"{marker} Ouvrir les centres d'accueil municipaux à tous.", "Logement; Emploi et travail décent",
            "Régional (infranational)", "Syndicats");
        Fill(sheet, 3, "", $"{marker} Abrir los centros municipales a todas las personas.", "Accès à la justice", language: "Espagnol");
        var (status, html) = await UploadAsync(client.WithLanguage("en"), eventCode, sessionId, workbook);

        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains("2 recommendations saved", html);
        var saved = await SavedAsync(sessionId, marker);
        Assert.Equal(["employment", "housing"], saved[0].Areas.Select(a => a.Code).Order());
        Assert.Equal(GovernanceLevels.SubnationalRegional, saved[0].Levels);
        Assert.Equal(ActorGroups.TradeUnions, saved[0].Actors);
        Assert.Equal(RecommendationLanguage.French, saved[0].Language); // an empty Language cell means the template's language
        Assert.Equal(RecommendationLanguage.Spanish, saved[1].Language);
        Assert.Equal("justice", Assert.Single(saved[1].Areas).Code);
    }

    [Fact]
    public async Task SpanishTemplate_ImportsUnderFrench()
    {
        var (client, sessionId, eventCode) = await RapporteurAsync(4);
        using var workbook = await DownloadAsync(client.WithLanguage("es"), sessionId);
        var sheet = workbook.Worksheet("Recomendaciones");
        Assert.Equal("Ámbitos de gobernanza", sheet.Cell(1, 4).GetString());
        var session = workbook.Worksheet("Listas").Cell(2, 1).GetString();
        Assert.Equal("Aplicación de los compromisos de la Nueva Agenda Urbana relacionados con la migración", session);

        var marker = TestData.Token();
        Fill(sheet, 2, session, $"{marker} Crear ventanillas únicas para las personas recién llegadas.", "Vivienda; Participación de los migrantes",
            "Local; Mundial", "Todos los actores");
        var (status, html) = await UploadAsync(client.WithLanguage("fr"), eventCode, sessionId, workbook);

        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains("1 recommandations enregistrées", html);
        var saved = Assert.Single(await SavedAsync(sessionId, marker));
        Assert.Equal(["housing", "participation"], saved.Areas.Select(a => a.Code).Order());
        Assert.Equal(GovernanceLevels.Local | GovernanceLevels.Global, saved.Levels);
        Assert.Equal(ActorGroups.AllActors, saved.Actors);
        Assert.Equal(RecommendationLanguage.Spanish, saved.Language);
    }

    [Fact]
    public async Task MixedLanguages_InHeadersAndValues_AreReadWithoutCaseOrAccents()
    {
        var (client, sessionId, eventCode) = await RapporteurAsync(2);
        using var workbook = await DownloadAsync(client.WithLanguage("en"), sessionId);
        var sheet = workbook.Worksheet("Recommendations");
        sheet.Cell(1, 4).SetValue("DOMAINES DE GOUVERNANCE");
        sheet.Cell(1, 5).SetValue("nivel de gobernanza");
        sheet.Cell(1, 7).SetValue("Langue");

        var marker = TestData.Token();
        Fill(sheet, 2, "la movilidad humana y el derecho a la ciudad", $"{marker} Give every resident a municipal identity card.",
            "vivienda; LOGEMENT; employment; Acces a la justice", "regional (supranacional); National", "Syndicats; all actors", "francés");
        Fill(sheet, 3, "Human mobility and the right to the city", $"{marker} Count people, not papers, in local statistics.", "data", language: "es");
        var (status, html) = await UploadAsync(client.WithLanguage("es"), eventCode, sessionId, workbook);

        Assert.True(status == HttpStatusCode.OK, html);
        var saved = await SavedAsync(sessionId, marker);
        Assert.Equal(2, saved.Count);
        Assert.Equal(["employment", "housing", "justice"], saved[0].Areas.Select(a => a.Code).Order());
        Assert.Equal(GovernanceLevels.SupranationalRegional | GovernanceLevels.National, saved[0].Levels);
        Assert.Equal(ActorGroups.TradeUnions | ActorGroups.AllActors, saved[0].Actors);
        Assert.Equal(RecommendationLanguage.French, saved[0].Language);
        Assert.Equal(RecommendationLanguage.Spanish, saved[1].Language);
    }

    [Fact]
    public async Task ValuesInNoLanguage_AreListedByRowAndColumn_InTheUploadersLanguage()
    {
        var (client, sessionId, eventCode) = await RapporteurAsync(3);
        using var workbook = await DownloadAsync(client.WithLanguage("es"), sessionId);
        var sheet = workbook.Worksheet("Recomendaciones");
        Fill(sheet, 2, "", "A long enough recommendation that names no real area.", "Pas un domaine", "Planetary", "", "Klingon");
        var before = await factory.WithDbAsync(db => db.Recommendations.CountAsync());

        var (status, html) = await UploadAsync(client.WithLanguage("fr"), eventCode, sessionId, workbook);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("<td>2</td><td>D (Domaines de gouvernance)</td><td dir=\"auto\">«\u00a0Pas un domaine\u00a0» n'est pas un domaine de gouvernance de la liste.</td>", html);
        Assert.Contains("<td>2</td><td>E (Niveau de gouvernance)</td>", html);
        Assert.Contains("«\u00a0Klingon\u00a0» n'est pas une langue de la liste (Anglais, Français, Espagnol, Autre).", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Recommendations.CountAsync()));
    }

    [Fact]
    public async Task AHeaderInNoLanguage_IsRefused_NamingTheCellAndTheHeaderInTheUploadersLanguage()
    {
        var (client, sessionId, eventCode) = await RapporteurAsync(3);
        using var workbook = await DownloadAsync(client.WithLanguage("en"), sessionId);
        var sheet = workbook.Worksheet("Recommendations");
        sheet.Cell(1, 2).SetValue("Empfehlung");
        Fill(sheet, 2, "", "A long enough recommendation for a sheet with a wrong header.", "housing");

        var (status, html) = await UploadAsync(client.WithLanguage("es"), eventCode, sessionId, workbook);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("B1", html);
        Assert.Contains("«Recomendación»", html);
        Assert.Contains("«Empfehlung»", html);
    }
}
