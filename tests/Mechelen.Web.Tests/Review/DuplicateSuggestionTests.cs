using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Review.Duplicates;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;

namespace Mechelen.Web.Tests.Review;

public sealed class DuplicateSuggestionTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static List<int[]> Groups(JsonDocument json) =>
        json.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()).ToArray()).ToList();

    [Fact]
    public async Task SameProposalInThreeLanguages_IsSuggested_InThePageAndTheApi_AndADismissalIsRemembered()
    {
        var ids = await factory.AddAsync(
            new Rec("Appoint a guardian for every unaccompanied minor within days of arrival and enrol them in school at once.") { Areas = ["protection"] },
            new Rec("Désigner un tuteur pour chaque mineur non accompagné dès son arrivée et l'inscrire immédiatement à l'école.") { Areas = ["protection"], Language = RecommendationLanguage.French },
            new Rec("Asignar un tutor a cada menor no acompañado en cuanto llega y escolarizarlo de inmediato en una escuela.") { Areas = ["protection"], Language = RecommendationLanguage.Spanish },
            new Rec("Publish the bus timetable of the conference venue in large print.") { Areas = ["right-to-city"] });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (secretariat, _) = await factory.SignedInAsync(Roles.Secretariat);

        using var api = JsonDocument.Parse(await secretariat.GetStringAsync("/api/duplicate-suggestions?event=mechelen-2017"));
        var group = Assert.Single(Groups(api), g => g.Contains(ids[0]));
        Assert.Equal(ids[..3], group);
        var found = api.RootElement.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("ids")[0].GetInt32() == ids[0]);
        Assert.InRange(found.GetProperty("score").GetDouble(), 0.4, 1);
        Assert.Contains("unaccompanied", found.GetProperty("concepts").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("protection", found.GetProperty("areas").EnumerateArray().Select(c => c.GetString()));

        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/duplicates?event=mechelen-2017&culture=fr"));
        Assert.Contains("mineurs non accompagnés", page);

        // Split: the Spanish note is taken out, and stays out.
        var split = await officer.PostFormAsync("/duplicates", "/duplicates/dismiss",
            [new("Event", "mechelen-2017"), .. ids[..3].Select(i => new KeyValuePair<string, string>("Ids", i.ToString())), new("Split", ids[2].ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        using var afterSplit = JsonDocument.Parse(await officer.GetStringAsync("/api/duplicate-suggestions"));
        Assert.Equal(ids[..2], Assert.Single(Groups(afterSplit), g => g.Contains(ids[0])));
        Assert.DoesNotContain(Groups(afterSplit), g => g.Contains(ids[2]));

        // Dismiss: the pair is never suggested again, and the audit log says who decided.
        await officer.PostFormAsync("/duplicates", "/duplicates/dismiss", [new("Event", "mechelen-2017"), new("Ids", ids[0].ToString()), new("Ids", ids[1].ToString())]);
        using var afterDismiss = JsonDocument.Parse(await officer.GetStringAsync("/api/duplicate-suggestions"));
        Assert.DoesNotContain(Groups(afterDismiss), g => g.Contains(ids[0]));
        Assert.Equal(2, await factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action == DismissDuplicates.Action))));
    }

    [Fact]
    public async Task AnOfficersTranslation_LetsANoteInAnotherLanguageJoinItsDuplicate()
    {
        // Mechelen is in Flanders: a note taken down in Dutch shares no term of the lexicon with its English twin.
        var ids = await factory.AddAsync(
            new Rec("Let refugee doctors and nurses practise under supervision while their qualifications are being recognised.") { Areas = ["employment"] },
            new Rec("Laat gevluchte artsen en verpleegkundigen onder toezicht werken zolang hun getuigschriften worden erkend.")
            {
                Areas = ["employment"],
                Language = RecommendationLanguage.Other,
            });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        using var before = JsonDocument.Parse(await officer.GetStringAsync("/api/duplicate-suggestions?event=mechelen-2017"));
        Assert.DoesNotContain(Groups(before), g => g.Contains(ids[1]));

        var translated = await officer.PostFormAsync($"/recommendations/{ids[1]}", $"/recommendations/{ids[1]}/translations",
            [new("Language", "English"), new("Text", "Let doctors and nurses who fled work under supervision while their certificates are being recognised.")]);

        Assert.Equal(HttpStatusCode.Redirect, translated.StatusCode);
        using var after = JsonDocument.Parse(await officer.GetStringAsync("/api/duplicate-suggestions?event=mechelen-2017"));
        Assert.Equal(ids, Assert.Single(Groups(after), g => g.Contains(ids[1])));
    }

    [Fact]
    public async Task AcceptingAGroup_PutsItInTheMergeBasket()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var ids = await factory.AddAsync(new Rec("Banks must open accounts for refugees"), new Rec("Les banques doivent ouvrir des comptes aux réfugiés"));

        var accepted = await officer.PostFormAsync("/duplicates", "/basket/add", [new("Id", ids[0].ToString()), new("Id", ids[1].ToString()), new("ReturnUrl", "/key-recommendations/new")]);

        Assert.Equal("/key-recommendations/new", accepted.Headers.Location?.ToString());
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/key-recommendations/new"));
        Assert.Contains("Banks must open accounts for refugees", page);
        Assert.Contains("Les banques doivent ouvrir des comptes aux réfugiés", page);
    }

    [Fact]
    public async Task Api_AnswersAnUnknownEvent_With404_AndRefusesRapporteurs()
    {
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (rapporteur, _) = await factory.SignedInAsync(Roles.Rapporteur);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/api/duplicate-suggestions?event=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rapporteur.GetAsync("/api/duplicate-suggestions")).StatusCode);
        Assert.Contains("/api/duplicate-suggestions", await officer.GetStringAsync("/openapi/v1.json"));
    }
}

public sealed class DuplicateQualityTests
{
    [Fact]
    public void LabelledSet_IsLargeEnough_MixesLanguages_AndHasNearMisses()
    {
        var set = DuplicateQuality.Shipped();
        var groups = set.Notes.Where(n => n.Group is not null).GroupBy(n => n.Group).ToList();

        Assert.True(set.Notes.Count >= 80);
        Assert.True(groups.Count >= 10);
        Assert.True(groups.Count(g => g.Select(n => n.Language).Distinct().Count() > 1) * 2 >= groups.Count);
        Assert.True(set.Notes.Count(n => n.Group is null) >= 20);
    }

    [Fact]
    public void Suggestions_OnTheLabelledSet_ReachPrecision08_AndRecall07()
    {
        var result = DuplicateQuality.Measure(DuplicateQuality.Shipped());

        Assert.True(result.Precision >= 0.8, $"precision {result.Precision:0.000}");
        Assert.True(result.Recall >= 0.7, $"recall {result.Recall:0.000}");
    }

    [Theory]
    [InlineData("Cities should act as guarantor for the rent deposit of refugees.", "Les villes devraient se porter garantes du loyer des réfugiés.")]
    [InlineData("Offer free language courses with childcare.", "Ofrecer clases de idioma gratuitas con guardería para los niños.")]
    public void SameProposal_InTwoLanguages_ScoresAboveTheThreshold(string a, string b) =>
        Assert.True(DuplicateFinder.PairScore(new(1, a, ["housing"]), new(2, b, ["housing"])) >= DuplicateFinder.PairThreshold);

    [Fact]
    public void SharingOneTopicWord_IsNotAProposal()
    {
        var score = DuplicateFinder.PairScore(
            new(1, "Collect data on the housing conditions of migrants.", ["data"]),
            new(2, "Build more social housing for large families.", ["housing"]));

        Assert.Equal(0, score);
    }

    [Fact]
    public void Concepts_AreFoundInEachLanguage()
    {
        var housing = ConceptLexicon.All.ToList().FindIndex(c => c.Id == "housing");
        var funding = ConceptLexicon.All.ToList().FindIndex(c => c.Id == "funding");

        Assert.Contains(housing, ConceptLexicon.ConceptsOf("Accès au logement"));
        Assert.Contains(housing, ConceptLexicon.ConceptsOf("Acceso a la vivienda"));
        Assert.Contains(housing, ConceptLexicon.ConceptsOf("Affordable HOUSING"));
        Assert.Contains(funding, ConceptLexicon.ConceptsOf("Financiación directa"));
        Assert.DoesNotContain(funding, ConceptLexicon.ConceptsOf("Fundamental rights"));
    }
}
