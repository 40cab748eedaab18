using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Taxonomy;

/// <summary>The shipped seeds name everything in the three interface languages, and seeding checks and keeps translations.</summary>
public sealed class TaxonomySeedTests
{
    private static readonly string[] Translated = ["fr", "es"];

    private static string SeedFile(params string[] path) => Path.Combine([AppContext.BaseDirectory, "seeds", .. path]);

    private static TaxonomySeed ShippedTaxonomy() => SeedReader.Read<TaxonomySeed>(SeedFile(Seeder.TaxonomyFile));

    [Fact]
    public void ShippedTaxonomy_NamesAndDescribesEveryAreaClusterLevelAndActor_InFrenchAndSpanish()
    {
        var seed = ShippedTaxonomy();
        var missing = new List<string>();
        void Require(string what, IReadOnlyDictionary<string, string?>? texts)
        {
            foreach (var language in Translated)
            {
                if (texts is null || !texts.TryGetValue(language, out var text) || string.IsNullOrWhiteSpace(text))
                {
                    missing.Add($"{what} ({language})");
                }
            }
        }

        foreach (var c in seed.Clusters)
        {
            Require($"cluster {c.Number} short title", c.Translations?.ToDictionary(p => p.Key, p => p.Value.ShortTitle));
            Require($"cluster {c.Number} title", c.Translations?.ToDictionary(p => p.Key, p => p.Value.Title));
        }

        foreach (var a in seed.Areas)
        {
            Require($"area {a.Code} name", a.Translations?.ToDictionary(p => p.Key, p => p.Value.Name));
            Require($"area {a.Code} description", a.Translations?.ToDictionary(p => p.Key, p => p.Value.Description));
        }

        foreach (var l in seed.Levels.Concat(seed.Actors))
        {
            Require($"{l.Code} name", l.Translations?.ToDictionary(p => p.Key, p => p.Value.Name));
            if (l.Description is not null)
            {
                Require($"{l.Code} description", l.Translations?.ToDictionary(p => p.Key, p => p.Value.Description));
            }
        }

        Assert.True(missing.Count == 0, "Missing translations:\n" + string.Join("\n", missing));
        Assert.Equal(6, seed.Clusters.Count);
        Assert.Equal(35, seed.Clusters.Count + seed.Areas.Count + seed.Levels.Count + seed.Actors.Count);
    }

    [Fact]
    public void ShippedEvents_TranslateTheEventAndEverySessionTitle()
    {
        foreach (var file in Directory.GetFiles(SeedFile(Seeder.EventsFolder), "*.json"))
        {
            var seed = SeedReader.Read<EventSeed>(file);
            Assert.All(Translated, l => Assert.False(string.IsNullOrWhiteSpace(seed.Translations?[l].Name)));
            Assert.All(seed.Sessions, s => Assert.All(Translated, l => Assert.False(string.IsNullOrWhiteSpace(s.Translations?[l].Title), $"{s.Code} ({l})")));
        }
    }

    // The UN's own wording for the thematic sessions of the GCM consultations and for the compact itself.
    [Theory]
    [InlineData(1, "fr", "Droits de l'homme de tous les migrants, inclusion sociale, cohésion et toutes les formes de discrimination")]
    [InlineData(1, "es", "Derechos humanos de todos los migrantes, inclusión social, cohesión y todas las formas de discriminación")]
    [InlineData(4, "fr", "envois de fonds et la transférabilité des droits acquis")]
    [InlineData(4, "es", "remesas y la portabilidad de las prestaciones adquiridas")]
    [InlineData(5, "fr", "Trafic illicite de migrants, traite des personnes et formes contemporaines d'esclavage")]
    [InlineData(5, "es", "Tráfico ilícito de migrantes, trata de personas y formas contemporáneas de esclavitud")]
    public void ClusterTitles_UseTheUnWording(int number, string language, string expected) =>
        Assert.Contains(expected, ShippedTaxonomy().Clusters.Single(c => c.Number == number).Translations![language].Title);

    [Fact]
    public void ShippedTaxonomy_UsesTheCompactsAndTheAgendasNames()
    {
        var text = File.ReadAllText(SeedFile(Seeder.TaxonomyFile));

        Assert.Contains("Pacte mondial pour des migrations sûres, ordonnées et régulières", text);
        Assert.Contains("Pacto Mundial para la Migración Segura, Ordenada y Regular", text);
        Assert.Contains("Nouveau Programme pour les villes", text);
        Assert.Contains("Nueva Agenda Urbana", text);
    }

    // The import recognises a name in any language: no name may stand for two different entries.
    [Fact]
    public void NoName_InAnyLanguage_StandsForTwoEntriesOfOneList()
    {
        var seed = ShippedTaxonomy();
        IEnumerable<(string Key, string Entry)> Names(string code, string name, IEnumerable<string?> translated) =>
            translated.Prepend(name).Prepend(code).OfType<string>().Select(n => (Web.Features.Capture.TemplateWords.Key(n), code));

        var lists = new Dictionary<string, IEnumerable<(string Key, string Entry)>>
        {
            ["areas"] = seed.Areas.SelectMany(a => Names(a.Code, a.Name, a.Translations!.Values.Select(t => t.Name))),
            ["levels"] = seed.Levels.SelectMany(l => Names(l.Code, l.Name, l.Translations!.Values.Select(t => t.Name))),
            ["actors"] = seed.Actors.SelectMany(l => Names(l.Code, l.Name, l.Translations!.Values.Select(t => t.Name))),
        };

        foreach (var (list, names) in lists)
        {
            var shared = names.Distinct().GroupBy(n => n.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(shared.Count == 0, $"{list}: {string.Join(", ", shared)}");
        }
    }

    [Theory]
    [InlineData("\"fr\": {\n          \"name\": \"Accès aux services\"", "\"de\": {\n          \"name\": \"Zugang zu Dienstleistungen\"",
        "Seed file taxonomy.json is malformed at $.areas[0].translations.de: expected one of the interface languages en, fr, es as a translation's key, found 'de'.")]
    [InlineData("\"name\": \"Accès aux services\"", "\"name\": \"  \"",
        "Seed file taxonomy.json is malformed at $.areas[0].translations.fr.name: expected a non-empty string.")]
    [InlineData("\"shortTitle\": \"Facteurs de migration\",\n          \"title\":", "\"subtitle\": \"Facteurs de migration\",\n          \"title\":",
        "Seed file taxonomy.json is malformed at $.clusters[1].translations.fr")]
    public void BadTranslation_InTheTaxonomy_IsRefusedWithItsPath(string find, string replace, string message)
    {
        var file = Path.Combine(SeedCopy.Create(), Seeder.TaxonomyFile);
        var text = File.ReadAllText(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));

        var error = Assert.Throws<StartupException>(() => TaxonomyValidator.Validate(SeedReader.Read<TaxonomySeed>(file), Seeder.TaxonomyFile));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SessionTranslation_InAnUnknownLanguage_IsRefusedWithItsPath()
    {
        var file = Path.Combine(SeedCopy.Create(), Seeder.EventsFolder, "mechelen-2017.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"es\": {\n          \"title\": \"Ceremonia", "\"pt\": {\n          \"title\": \"Ceremonia", StringComparison.Ordinal));

        var error = Assert.Throws<StartupException>(() => EventValidator.Validate(SeedReader.Read<EventSeed>(file), "mechelen-2017.json"));

        Assert.Equal("Seed file mechelen-2017.json is malformed at $.sessions[0].translations.pt: expected one of the interface languages en, fr, es as a translation's key, found 'pt'.", error.Message);
    }

    [Fact]
    public async Task Seeding_StoresTranslations_AndSeedingAgainChangesNothing()
    {
        using var first = new MechelenAppFactory();
        first.CreateClient();
        var (housing, stamp) = await first.WithDbAsync(async db =>
            (await db.GovernanceAreas.SingleAsync(a => a.Code == "housing"), await db.ChangeStamps.Where(s => s.Scope == ChangeStamp.Recommendations).Select(s => s.Value).SingleAsync()));

        using var second = new MechelenAppFactory().WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}");
        second.CreateClient();

        Assert.Equal(new Translation("Logement", housing.Translations["fr"].Description), housing.Translations["fr"]);
        Assert.Equal("Vivienda", housing.Translations["es"].Name);
        Assert.Equal(stamp, await second.WithDbAsync(db => db.ChangeStamps.Where(s => s.Scope == ChangeStamp.Recommendations).Select(s => s.Value).SingleAsync()));
    }

    [Fact]
    public async Task AnAreaAnAdministratorTranslated_KeepsItsTranslations_WhenTheSeedChanges()
    {
        using var first = new MechelenAppFactory();
        var (admin, _) = await first.SignedInAsync(Roles.Admin);
        var id = await first.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Code == "housing").Select(a => a.Id).SingleAsync());
        var response = await admin.PostFormAsync($"/admin/areas/{id}", $"/admin/areas/{id}",
        [
            new("Form.Name", "Housing"), new("Form.Description", "Homes for everyone."), new("Form.Order", "3"),
            new("Form.Translations[0].Language", "fr"), new("Form.Translations[0].Name", "Habitat"), new("Form.Translations[0].Description", ""),
            new("Form.Translations[1].Language", "es"), new("Form.Translations[1].Name", ""), new("Form.Translations[1].Description", ""),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);

        var seeds = SeedCopy.Create(text => text.Replace("\"name\": \"Logement\"", "\"name\": \"Le logement\"", StringComparison.Ordinal));
        using var second = new MechelenAppFactory()
            .WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}")
            .WithSetting("Seeding:Path", seeds);
        second.CreateClient();

        var area = await second.WithDbAsync(db => db.GovernanceAreas.SingleAsync(a => a.Id == id));
        Assert.Equal(new Translation("Habitat", null), Assert.Single(area.Translations).Value);
        Assert.Equal("fr", Assert.Single(area.Translations).Key);
    }
}
