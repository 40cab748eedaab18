using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Mechelen.Reports.Building;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using UglyToad.PdfPig;

namespace Mechelen.Reports.Tests;

/// <summary>The report in French and Spanish: every sentence translated, and contributions in the report's language where a translation exists.</summary>
public sealed partial class ReportLanguagesTests
{
    private static readonly DateTime Now = new(2017, 11, 18, 12, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, string> Resources(string suffix)
    {
        var path = Path.Combine(AppContext.BaseDirectory, $"../../../../../src/Mechelen.Reports/Text/ReportText{suffix}.resx");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    public void EveryReportTextKey_HasAValue_WithTheSamePlaceholders(string language)
    {
        var neutral = Resources("");
        var translated = Resources("." + language);
        Assert.Empty(neutral.Keys.Except(translated.Keys));
        Assert.Empty(translated.Keys.Except(neutral.Keys));
        foreach (var (key, english) in neutral)
        {
            Assert.False(string.IsNullOrWhiteSpace(translated[key]), $"{language}: {key} is empty");
            Assert.Equal(Placeholders(english), Placeholders(translated[key]));
        }
    }

    [Fact]
    public void TranslatedResources_AreTranslations_NotCopies()
    {
        var neutral = Resources("");
        // Formats, numbers and proper names may read the same; sentences may not.
        var sentences = neutral.Where(p => p.Value.Split(' ').Length >= 4).Select(p => p.Key).ToList();
        Assert.True(sentences.Count > 60);
        foreach (var language in new[] { "fr", "es" })
        {
            var translated = Resources("." + language);
            Assert.All(sentences, k => Assert.NotEqual(neutral[k], translated[k]));
        }
    }

    [Fact]
    public void FrenchText_UsesFrenchTypographyAndUnTerms()
    {
        var fr = ReportText.For("fr")!;
        Assert.Equal("Langues\u00a0: a.", fr.LanguagesSentence("a"));
        Assert.Contains("Pacte mondial pour des migrations sûres, ordonnées et régulières", fr.Keywords, StringComparison.Ordinal);
        Assert.Equal("1\u202f200 sessions", fr.Count(1200, "Session"));
        Assert.Equal("jeudi 16 novembre 2017, 15 h 00–16 h 30", fr.SessionTime(new DateTime(2017, 11, 16, 15, 0, 0), new DateTime(2017, 11, 16, 16, 30, 0)));
        Assert.Equal("Justification\u00a0: ", fr.Label(fr.Rationale));
        var es = ReportText.For("es")!;
        Assert.Contains("Pacto Mundial para la Migración Segura, Ordenada y Regular", es.Keywords, StringComparison.Ordinal);
        Assert.Equal("16–17 de noviembre de 2017", es.DateRange(new DateOnly(2017, 11, 16), new DateOnly(2017, 11, 17)));
        Assert.Equal("30 de noviembre – 2 de diciembre de 2017", es.DateRange(new DateOnly(2017, 11, 30), new DateOnly(2017, 12, 2)));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData(null)]
    public void For_AnUnknownLanguage_IsNull(string? language) => Assert.Null(ReportText.For(language));

    [Fact]
    public void Contributions_ShowTheTranslation_OrTheOriginalWithItsLanguage_AndTheAnnexKeepsBoth()
    {
        var data = SampleReportData.Create(40);
        var english = data.Recommendations.First(r => r.Language == ReportLanguage.English && !r.Id.Equals(0) && r.Id % 5 != 0);
        var spanish = data.Recommendations.First(r => r.Language == ReportLanguage.Spanish && r.Id % 5 != 0);
        var french = data.Recommendations.First(r => r.Language == ReportLanguage.French && r.Id % 5 != 0);
        var withTranslations = new ReportData
        {
            Event = data.Event,
            Areas = data.Areas,
            Clusters = data.Clusters,
            Sessions = data.Sessions,
            Labels = data.Labels,
            Captured = data.Captured,
            Recommendations = data.Recommendations,
            KeyRecommendations = data.KeyRecommendations,
            Translations = [new TranslationRow(english.Id, "Ouvrir les bibliothèques aux nouveaux arrivants", "Parce que", "Agent A")],
            KeyWordings = [new KeyWordingRow(data.KeyRecommendations[0].Id, "Formulation clé en français")],
        };
        var report = ReportBuilder.Build(withTranslations, new ReportScope(data.Event.Code), Now, ReportText.For("fr")!);

        var items = report.Areas.SelectMany(a => a.Unmerged).ToList();
        var translated = items.First(i => i.Id == english.Id);
        Assert.Equal("Ouvrir les bibliothèques aux nouveaux arrivants", translated.Text);
        Assert.Equal("Parce que", translated.Rationale);
        Assert.True(translated.IsTranslated);
        Assert.Equal("Traduit de l'anglais", translated.LanguageNote);
        Assert.Equal("Original en espagnol", items.First(i => i.Id == spanish.Id).LanguageNote);
        Assert.Null(items.First(i => i.Id == french.Id).LanguageNote);
        Assert.Equal("Formulation clé en français", report.Areas.SelectMany(a => a.KeyRecommendations).Single(k => k.Id == data.KeyRecommendations[0].Id).Wording);
        var annex = report.Annex.Single(a => a.Id == english.Id);
        Assert.Equal(english.Text, annex.Text);
        Assert.Equal("Ouvrir les bibliothèques aux nouveaux arrivants", annex.Translation);
        Assert.Equal("Original en anglais", annex.LanguageNote);
    }

    [Fact]
    public void FrenchPdf_IsInFrench_TaggedFr_AndItsAnnexShowsOriginalAndTranslation()
    {
        var data = SampleReportData.Create(30);
        var english = data.Recommendations.First(r => r.Language == ReportLanguage.English);
        var report = ReportBuilder.Build(new ReportData
        {
            Event = data.Event,
            Areas = data.Areas,
            Clusters = data.Clusters,
            Sessions = data.Sessions,
            Labels = data.Labels,
            Captured = data.Captured,
            Recommendations = data.Recommendations,
            KeyRecommendations = data.KeyRecommendations,
            Translations = [new TranslationRow(english.Id, "Traductionmarqueur unique", null, "Agent A")],
        }, new ReportScope(data.Event.Code), Now, ReportText.For("fr")!);

        var pdf = OutcomeReportDocument.Generate(report);
        var (_, language, _) = StructureTree.Read(pdf);
        Assert.Equal("fr", language);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => Whitespace().Replace(p.Text, "")));
        Assert.Contains("Résuméanalytique", text, StringComparison.Ordinal);
        Assert.Contains("Annexe3.Recommandationsvalidées", text, StringComparison.Ordinal);
        Assert.Contains("Traduction:Traductionmarqueurunique", text.Replace("\u00a0", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Whitespace().Replace(english.Text, "")[..30], text, StringComparison.Ordinal);
        Assert.DoesNotContain("Executivesummary", text, StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string value) =>
        [.. PlaceholderPattern().Matches(value).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
