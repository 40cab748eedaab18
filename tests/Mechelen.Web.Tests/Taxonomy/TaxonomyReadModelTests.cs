using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Taxonomy;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Taxonomy;

/// <summary>One cached taxonomy, in the reader's language with the original as fallback, behind the list, the capture page, the exports and the programme.</summary>
public sealed partial class TaxonomyReadModelTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static Wording Words(string name, string? description, params (string Language, Translation Translation)[] translations) =>
        new(name, description, translations.ToDictionary(t => t.Language, t => t.Translation));

    private static TaxonomyCatalog Catalog() => new()
    {
        Areas = [new(1, "housing", 1, [1], Words("Housing", "Homes for all.", ("fr", new Translation("Logement", null)), ("es", new Translation(null, "Vivienda para todos."))))],
        Clusters = [new(1, Words("Human rights", "Human rights of all migrants", ("fr", new Translation("Droits de l'homme", "Droits de l'homme de tous les migrants"))))],
        Levels = [new(1, "Local", Words("Local", "Cities.", ("es", new Translation("Local", "Ciudades."))))],
        Actors = [new(256, "AllActors", Words("All actors", null, ("fr", new Translation("Tous les acteurs", null))))],
        Events = [new(7, "e-2017", new DateOnly(2017, 11, 16), Words("Conference", "About cities."),
            [new(3, "s1", new DateTime(2017, 11, 16, 9, 0, 0), Words("Opening", "Remarks.", ("fr", new Translation("Ouverture", null))))])],
    };

    [Fact]
    public void Names_AreInTheAskedLanguage_AndFallBackToTheOriginal_FieldByField()
    {
        var fr = Catalog().In("fr");
        var es = Catalog().In("es");
        var original = Catalog().In(null);

        Assert.Equal(("Logement", "Homes for all."), (fr.Areas[0].Name, fr.Areas[0].Description));
        Assert.Equal(("Housing", "Vivienda para todos."), (es.Areas[0].Name, es.Areas[0].Description));
        Assert.Equal(("Housing", "Homes for all."), (original.Areas[0].Name, original.Areas[0].Description));
        Assert.Equal(("Droits de l'homme", "Droits de l'homme de tous les migrants"), (fr.Clusters[0].ShortTitle, fr.Clusters[0].Title));
        Assert.Equal("Human rights", es.Clusters[0].ShortTitle);
        Assert.Equal(["Tous les acteurs"], fr.ActorNames((int)ActorGroups.AllActors | (int)ActorGroups.Academia));
        Assert.Equal("Ciudades.", es.Levels[0].Description);
        Assert.Equal("Ouverture", fr.FindSession(3)!.Title);
        Assert.Equal("Opening", Catalog().In("de").FindSession(3)!.Title);
        Assert.Equal("Conference", fr.FindEvent(null)!.Name);
    }

    [Fact]
    public async Task CapturePage_ShowsTheTaxonomyAndTheSession_InTheRapportersLanguage()
    {
        var sessionId = (await factory.SessionIdsAsync())[3];
        var (client, _) = await factory.RapporteurAsync(sessionId);

        var fr = WebUtility.HtmlDecode(await client.WithLanguage("fr").GetStringAsync($"/sessions/{sessionId}/capture"));
        var es = WebUtility.HtmlDecode(await client.WithLanguage("es").GetStringAsync($"/sessions/{sessionId}/capture"));

        Assert.Contains("<span dir=\"auto\">Logement</span>", fr);
        Assert.Contains("<span>Régional (infranational)</span>", fr);
        Assert.Contains("<span>Tous les acteurs</span>", fr);
        Assert.Contains("Droits de l'homme des migrants", fr);
        Assert.Contains("Conférence mondiale sur les villes et les migrations", fr);
        Assert.DoesNotContain("<span>Housing</span>", fr);
        Assert.Contains("<span dir=\"auto\">Vivienda</span>", es);
        Assert.Contains("<span>Todos los actores</span>", es);
    }

    [Fact]
    public async Task ListFacetsRowsAndDetails_NameTheTaxonomy_InTheOfficersLanguage()
    {
        var t = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"{t} shelters") { Areas = ["housing"], Levels = GovernanceLevels.Global, Actors = ActorGroups.TradeUnions });
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var fr = WebUtility.HtmlDecode(await client.WithLanguage("fr").GetStringAsync($"/recommendations?q={t}"));
        var es = WebUtility.HtmlDecode(await client.WithLanguage("es").GetStringAsync($"/recommendations?q={t}"));
        var details = WebUtility.HtmlDecode(await client.WithLanguage("es").GetStringAsync($"/recommendations/{ids[0]}"));

        Assert.Contains("Logement", FacetLabels(fr));
        Assert.Contains("2. Facteurs de migration", FacetLabels(fr));
        Assert.Contains("Régional (supranational)", FacetLabels(fr));
        Assert.Contains("Syndicats", FacetLabels(fr));
        Assert.DoesNotContain("Housing", FacetLabels(fr));
        Assert.Contains("Vivienda", FacetLabels(es));
        Assert.Contains("6. Migración irregular y vías de migración regular", FacetLabels(es));
        Assert.Contains(FacetLabels(es), label => label.EndsWith("Derechos humanos de los migrantes", StringComparison.Ordinal));
        Assert.Contains("<dd><bdi>Vivienda</bdi></dd>", details);
        Assert.Contains("<dd>Mundial</dd>", details);
        Assert.Contains("<dd>Sindicatos</dd>", details);
    }

    [Fact]
    public async Task Programme_ShowsTheEventAndSessions_InTheVisitorsLanguage()
    {
        var client = factory.CreateBrowserClient();

        var fr = WebUtility.HtmlDecode(await client.WithLanguage("fr").GetStringAsync("/events/mechelen-2017"));
        var en = WebUtility.HtmlDecode(await client.WithLanguage("en").GetStringAsync("/events/mechelen-2017"));

        Assert.Contains("<h1 id=\"event-title\" dir=\"auto\">Conférence mondiale sur les villes et les migrations</h1>", fr);
        Assert.Contains("Mise en œuvre des engagements du Nouveau Programme pour les villes relatifs aux migrations", fr);
        Assert.Contains("<h1 id=\"event-title\" dir=\"auto\">Global Conference on Cities and Migration</h1>", en);
    }

    [Fact]
    public async Task ExcelExport_SpeaksTheReadersLanguage_WhileCsvAndJsonKeepTheirKeysAndOriginalValues()
    {
        var t = TestData.Token();
        await factory.AddAsync(new Rec($"{t} shelters") { Areas = ["housing"], Status = RecommendationStatus.Validated });
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        client.WithLanguage("fr");

        using var workbook = new XLWorkbook(await client.GetStreamAsync($"/recommendations/export.xlsx?q={t}"));
        var csv = TestData.ParseCsv(await client.GetStringAsync($"/recommendations/export.csv?q={t}"));
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/recommendations/export.json?q={t}"));

        Assert.Equal(["Recommandations", "Recommandations clés", "Champs"], workbook.Worksheets.Select(w => w.Name));
        var sheet = workbook.Worksheet("Recommandations");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["N°", "Événement", "N° de session", "Session"], headers.Take(4));
        Assert.Contains("Domaines de gouvernance", headers);
        Assert.Equal("Logement", sheet.Cell(2, headers.IndexOf("Domaines de gouvernance") + 1).GetString());
        Assert.Equal("Validée", sheet.Cell(2, headers.IndexOf("Statut") + 1).GetString());
        Assert.Equal("Anglais", sheet.Cell(2, headers.IndexOf("Langue") + 1).GetString());
        var fields = workbook.Worksheet("Champs");
        Assert.Equal(["Feuille", "Colonne", "Nom JSON", "Signification"], fields.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(["Recommandations", "Domaines de gouvernance", "areas", "Noms de ses domaines de gouvernance."],
            fields.RowsUsed().Select(r => r.Cells(1, 4).Select(c => c.GetString()).ToList()).Single(r => r[2] == "areas"));

        Assert.Equal("areaCodes", csv[0][5]);
        Assert.Equal("Housing", csv[1][csv[0].IndexOf("areas")]);
        Assert.Equal("Validated", csv[1][csv[0].IndexOf("status")]);
        var row = json.RootElement.GetProperty("recommendations")[0];
        Assert.Equal("Housing", row.GetProperty("areas")[0].GetString());
        Assert.Equal("Opening ceremony: keynote remarks by the institutional partners", row.GetProperty("session").GetString());
    }

    [Fact]
    public async Task TranslatingAnArea_ShowsAtTheNextRequest_ThroughTheChangeStamp()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        Assert.Contains("Données et éléments factuels", FacetLabels(WebUtility.HtmlDecode(await officer.WithLanguage("fr").GetStringAsync("/recommendations"))));
        var id = await factory.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Code == "data").Select(a => a.Id).SingleAsync());

        var response = await admin.PostFormAsync($"/admin/areas/{id}", $"/admin/areas/{id}",
        [
            new("Form.Name", "Data and evidence"), new("Form.Description", "Local data."), new("Form.Order", "11"),
            new("Form.Translations[0].Language", "fr"), new("Form.Translations[0].Name", "Données probantes"), new("Form.Translations[0].Description", ""),
            new("Form.Translations[1].Language", "es"), new("Form.Translations[1].Name", "Datos empíricos"), new("Form.Translations[1].Description", "Datos locales."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var labels = FacetLabels(WebUtility.HtmlDecode(await officer.GetStringAsync("/recommendations")));
        Assert.Contains("Données probantes", labels);
        Assert.DoesNotContain("Données et éléments factuels", labels);
        var edit = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/areas/{id}"));
        Assert.Contains("value=\"Datos empíricos\"", edit);
        Assert.Matches(">\\s*Datos locales.</textarea>", edit);
    }

    [Fact]
    public async Task AnAdminTranslationLongerThanTheOriginalAllows_IsRefusedByField()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var id = (await factory.SessionIdsAsync())[0];

        var response = await admin.WithLanguage("fr").PostFormAsync($"/admin/sessions/{id}", $"/admin/sessions/{id}",
        [
            new("Form.Title", "Opening"), new("Form.Date", "2017-11-16"), new("Form.Start", "09:00"), new("Form.End", "10:15"),
            new("Form.Translations[0].Language", "fr"), new("Form.Translations[0].Name", new string('x', 401)), new("Form.Translations[0].Description", ""),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Form.Translations\\[0\\].Name\"[^>]*>Le titre peut comporter", html);
        Assert.Equal("Opening ceremony: keynote remarks by the institutional partners", await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    // Names of governance areas, clusters, levels and actors are read in one place; features ask it instead of the tables.
    [Fact]
    public void OnlyTheReadModel_AndTheSeeder_ReadTheClustersAndLabelsTables()
    {
        var readers = Directory.GetFiles(Localisation.Resources.WebRoot, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Localisation.Resources.WebRoot, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(Localisation.Resources.WebRoot, f)) is var code
                && (code.Contains("db.TaxonomyLabels", StringComparison.Ordinal) || code.Contains("db.GcmClusters", StringComparison.Ordinal)))
            .Order().ToList();

        Assert.Equal(["Data/Seeding/Seeder.cs", "Taxonomy/TaxonomyCatalog.cs"], readers);
    }

    private static List<string> FacetLabels(string html) => FacetLabel().Matches(html).Select(m => (m.Groups[1].Value + m.Groups[2].Value).Trim()).ToList();

    [GeneratedRegex("<span class=\"facet-label\">([^<]*)(?:<bdi>([^<]*)</bdi>\\s*)?</span>")]
    private static partial Regex FacetLabel();
}
