using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Translations;

/// <summary>Officers translate recommendations and write key recommendations' wording in each of the event's languages.</summary>
public sealed class TranslationTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static List<KeyValuePair<string, string>> Fields(string language, string text, string? rationale = null) =>
        [new("Language", language), new("Text", text), .. rationale is null ? Array.Empty<KeyValuePair<string, string>>() : [new("Rationale", rationale)]];

    private Task<List<RecommendationTranslation>> TranslationsAsync(int id) =>
        factory.WithDbAsync(db => db.RecommendationTranslations.AsNoTracking().Where(t => t.RecommendationId == id).ToListAsync());

    [Fact]
    public async Task Officer_AddsEditsAndRemovesATranslation_WhoAndWhenKept_Audited_ShownOnTheDetailPage()
    {
        var id = (await factory.AddAsync(new Rec("Open public libraries to newcomers") { Rationale = "Libraries are the first door" }))[0];
        var (officer, user) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var added = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations",
            Fields("French", "Ouvrir les bibliothèques publiques aux nouveaux arrivants", "Les bibliothèques sont la première porte"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal($"/recommendations/{id}#translations", added.Headers.Location!.OriginalString);
        var saved = Assert.Single(await TranslationsAsync(id));
        Assert.Equal(RecommendationLanguage.French, saved.Language);
        Assert.Equal("Les bibliothèques sont la première porte", saved.Rationale);
        Assert.Equal(user.Id, saved.TranslatedById);
        Assert.False(string.IsNullOrEmpty(saved.TranslatedByName));
        var original = await factory.WithDbAsync(db => db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("Open public libraries to newcomers", original.Text);
        Assert.Equal(RecommendationLanguage.English, original.Language);

        var page = CaptureForms.Decode(await officer.GetStringAsync($"/recommendations/{id}"));
        Assert.Contains("Translation saved.", page, StringComparison.Ordinal);
        Assert.Contains($"Translation by {saved.TranslatedByName}", page, StringComparison.Ordinal);
        Assert.Contains("Ouvrir les bibliothèques publiques aux nouveaux arrivants", page, StringComparison.Ordinal);

        var edited = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations",
            Fields("French", "Ouvrir les bibliothèques aux nouveaux arrivants"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Ouvrir les bibliothèques aux nouveaux arrivants", Assert.Single(await TranslationsAsync(id)).Text);

        var removed = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations", Fields("French", ""));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await TranslationsAsync(id));

        var actions = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Recommendation" && a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Translate", "Translate", "RemoveTranslation"], actions);
        var history = CaptureForms.Decode(await officer.GetStringAsync($"/recommendations/{id}"));
        Assert.Contains("Translation removed", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslationIntoTheOriginalLanguage_IsRefused_AndTheTypedTextComesBack()
    {
        var id = (await factory.AddAsync(new Rec("Recenser les services municipaux") { Language = RecommendationLanguage.French }))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations",
            Fields("French", "Un texte tapé avec soin"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = CaptureForms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains("a translation is into another of the event's languages", html, StringComparison.Ordinal);
        Assert.Contains("Un texte tapé avec soin", html, StringComparison.Ordinal);
        Assert.Empty(await TranslationsAsync(id));
    }

    [Fact]
    public async Task TooLongText_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var id = (await factory.AddAsync(new Rec("Train front-line staff")))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations", Fields("Spanish", new string('a', 4001)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The text is 4001 characters long; at most 4000 are kept.", CaptureForms.Decode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await TranslationsAsync(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Other")]
    public async Task AFormWithoutAnEventLanguage_IsRefused(string? language)
    {
        var id = (await factory.AddAsync(new Rec("Welcome newcomers at the town hall")))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        List<KeyValuePair<string, string>> fields = language is null ? [new("Text", "Accueillir")] : Fields(language, "Accueillir");

        var response = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose one of the event's languages", CaptureForms.Decode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await TranslationsAsync(id));
    }

    [Fact]
    public async Task KeyRecommendationWording_IsWrittenInEachLanguage()
    {
        var ids = await factory.AddAsync(new Rec("Fund local integration") { Status = RecommendationStatus.Validated });
        var keyId = await factory.WithDbAsync(async db =>
        {
            var source = await db.Recommendations.SingleAsync(r => r.Id == ids[0]);
            var key = new KeyRecommendation
            {
                EventId = source.EventId,
                GovernanceAreaId = (await db.GovernanceAreas.FirstAsync(a => a.Code == "housing")).Id,
                Wording = "Fund local integration programmes",
                CreatedByName = "Officer",
            };
            key.Sources.Add(new KeyRecommendationSource { Recommendation = source });
            db.KeyRecommendations.Add(key);
            await db.SaveChangesAsync();
            return key.Id;
        });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await officer.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}/translations",
            Fields("Spanish", "Financiar programas locales de integración"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var wording = await factory.WithDbAsync(db => db.KeyRecommendationTranslations.AsNoTracking().SingleAsync(t => t.KeyRecommendationId == keyId));
        Assert.Equal(RecommendationLanguage.Spanish, wording.Language);
        Assert.Equal("Financiar programas locales de integración", wording.Wording);
        var page = CaptureForms.Decode(await officer.GetStringAsync($"/key-recommendations/{keyId}"));
        Assert.Contains("Wording in each language", page, StringComparison.Ordinal);
        Assert.Contains("Financiar programas locales de integración", page, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "KeyRecommendation" && a.EntityId == keyId.ToString() && a.Action == "Translate")));
    }

    [Fact]
    public async Task Secretariat_SeesTranslations_WithoutAForm()
    {
        var id = (await factory.AddAsync(new Rec("Count newcomers in city data")))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations", Fields("Spanish", "Contar a los recién llegados"));
        var (secretariat, _) = await factory.SignedInAsync(Roles.Secretariat);

        var page = CaptureForms.Decode(await secretariat.GetStringAsync($"/recommendations/{id}"));

        Assert.Contains("Contar a los recién llegados", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/recommendations/{id}/translations\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListFilter_ShowsWhatLacksATranslationIntoALanguage()
    {
        var token = TestData.Token();
        var ids = await factory.AddAsync(
            new Rec($"{token} english untranslated"),
            new Rec($"{token} english translated"),
            new Rec($"{token} written in french") { Language = RecommendationLanguage.French });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await officer.PostFormAsync($"/recommendations/{ids[1]}", $"/recommendations/{ids[1]}/translations", Fields("French", "traduit en français"));

        var html = CaptureForms.Decode(await officer.GetStringAsync($"/recommendations?q={token}&untranslated=French"));

        Assert.Contains($"/recommendations/{ids[0]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/recommendations/{ids[1]}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/recommendations/{ids[2]}\"", html, StringComparison.Ordinal);
        Assert.Contains("Lacks a translation into", html, StringComparison.Ordinal);
        var spanish = CaptureForms.Decode(await officer.GetStringAsync($"/recommendations?q={token}&untranslated=Spanish"));
        Assert.All(ids, id => Assert.Contains($"/recommendations/{id}\"", spanish, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_FindsARecommendation_ByTheWordsOfItsTranslation()
    {
        var word = TestData.Token();
        var id = (await factory.AddAsync(new Rec("Protect migrant workers' wages")))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}/translations",
            Fields("Spanish", $"Proteger los salarios {word} de los trabajadores migrantes"));

        var found = CaptureForms.Decode(await officer.GetStringAsync($"/recommendations?q={word}+salarios"));
        var accentless = CaptureForms.Decode(await officer.GetStringAsync("/recommendations?q=proteger+salarios+trabajadores+migrantes"));

        Assert.Contains($"/recommendations/{id}\"", found, StringComparison.Ordinal);
        Assert.Contains($"/recommendations/{id}\"", accentless, StringComparison.Ordinal);
    }
}
