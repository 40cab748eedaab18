using System.Globalization;
using System.Text.RegularExpressions;
using Mechelen.Web.Auditing;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>Every English resource has a French and a Spanish wording that a reader can use.</summary>
public sealed partial class TranslationCompletenessTests
{
    // Values that are rightly the same in English and a translation although they read like phrases.
    private static readonly HashSet<string> SameEverywhere = ["{0} (UTC)", "{0}"];

    public static TheoryData<string> Cultures() => new(Resources.Translations);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void EveryKey_HasATranslation_AndNoTranslationHasAKeyTheNeutralFileLacks(string culture)
    {
        var neutral = Resources.Read();
        var translated = Resources.Read(culture);

        var missing = neutral.Keys.Where(k => !translated.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
        var orphans = translated.Keys.Where(k => !neutral.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} keys without a {culture} value:\n" + string.Join("\n", missing));
        Assert.True(orphans.Count == 0, $"{culture} has keys SharedResource.resx lacks:\n" + string.Join("\n", orphans));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void NoPhrase_IsLeftInEnglish(string culture)
    {
        var neutral = Resources.Read();
        var translated = Resources.Read(culture);

        // A single word may be the same (Description, Session, Code); a phrase that is identical was not translated.
        var untranslated = neutral.Where(p => !p.Key.StartsWith("Format.", StringComparison.Ordinal) && !SameEverywhere.Contains(p.Value)
                && Words().Count(p.Value) >= 2 && translated.GetValueOrDefault(p.Key) == p.Value)
            .Select(p => p.Key).ToList();

        Assert.True(untranslated.Count == 0, $"Still English in {culture}:\n" + string.Join("\n", untranslated));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Translations_KeepEveryPlaceholderAndTag(string culture)
    {
        var neutral = Resources.Read();
        var translated = Resources.Read(culture);

        var broken = neutral.Where(p => translated.ContainsKey(p.Key))
            .Where(p => !Placeholders(p.Value).SetEquals(Placeholders(translated[p.Key])) || !Tags(p.Value).SequenceEqual(Tags(translated[p.Key])))
            .Select(p => $"{p.Key} → {translated[p.Key]}").ToList();

        Assert.True(broken.Count == 0, $"Placeholders or tags differ in {culture}:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void French_PutsANoBreakSpaceBeforeDoublePunctuation_AndInsideGuillemets()
    {
        var wrong = Resources.Read("fr").Where(p => !p.Key.StartsWith("Format.", StringComparison.Ordinal) && FrenchSpacing().IsMatch(p.Value))
            .Select(p => $"{p.Key} → {p.Value}").ToList();

        Assert.True(wrong.Count == 0, "French typography (no-break space before : ; ? ! and inside « »):\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void DatePatterns_AreValidFormatStrings(string culture)
    {
        var values = culture == "en" ? Resources.Read() : Resources.Read(culture);
        var info = new CultureInfo(culture);
        foreach (var (key, pattern) in values.Where(p => p.Key.StartsWith("Format.", StringComparison.Ordinal) && p.Key is not "Format.DateAndTime" and not "Format.FirstDay"))
        {
            var text = new DateTime(2017, 11, 16, 15, 0, 0).ToString(pattern, info);
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            Assert.DoesNotContain(pattern, text);
        }
    }

    public static TheoryData<string> ComputedKeys()
    {
        var keys = new TheoryData<string>();
        IEnumerable<string> all =
        [
            .. Enum.GetNames<RecommendationStatus>().Select(s => $"Status.{s}"),
            .. Enum.GetNames<KeyRecommendationStatus>().Select(s => $"KeyStatus.{s}"),
            .. Enum.GetNames<RecommendationLanguage>().Select(l => $"Language.{l}"),
            .. Enum.GetNames<SessionKind>().Select(k => $"SessionKind.{k}"),
            .. Enum.GetNames<RecommendationSort>().Select(s => $"Sort: {s}"),
            .. Enum.GetNames<ReviewRecommendation.Decision>().Select(d => $"Decision.{d}"),
            .. Roles.All.Select(r => $"Role.{r}"),
            .. AuditLabels.EntityTypes.Select(t => AuditLabels.EntityKey(t)!),
            .. AuditLabels.ActionKeys,
        ];
        foreach (var key in all)
        {
            keys.Add(key);
        }

        return keys;
    }

    // Keys built in code from an enum or a code: one per value, so a new member cannot reach a page as its raw name.
    [Theory]
    [MemberData(nameof(ComputedKeys))]
    public void ComputedKeys_Exist(string key) => Assert.Contains(key, Resources.Keys());

    private static HashSet<string> Placeholders(string value) => Placeholder().Matches(value).Select(m => m.Value).ToHashSet();

    private static IEnumerable<string> Tags(string value) => Tag().Matches(value).Select(m => m.Value);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Words();

    // Double punctuation ending a phrase without a no-break space before it, or guillemets without one inside.
    [GeneratedRegex(@"[^\u00a0\u202f][:;?!](?=\s|$)|«[^\u00a0]|[^\u00a0]»")]
    private static partial Regex FrenchSpacing();
}
