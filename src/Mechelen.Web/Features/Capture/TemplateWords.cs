using System.Globalization;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The template's own words (sheet name, headers, the language list) in every interface language, so a sheet
/// downloaded in one language is read back whatever language the uploader uses now, and a sheet that mixes them too.
/// Words are compared by <see cref="Key"/>: without case, accents or doubled spaces.
/// </summary>
public sealed partial class TemplateWords
{
    private readonly Dictionary<string, Dictionary<int, string>> _headers = [];
    private readonly HashSet<string> _sheetNames = [];
    private readonly Dictionary<string, RecommendationLanguage> _languages = [];

    private TemplateWords()
    {
    }

    public static TemplateWords From(IStringLocalizer localizer)
    {
        var words = new TemplateWords();
        foreach (var culture in Cultures.Supported)
        {
            InLanguage(culture, () =>
            {
                words._headers[culture.Name] = RecommendationColumns.All.ToDictionary(c => c.Number, c => Key(localizer[c.Header]));
                words._sheetNames.Add(Key(localizer[CaptureTemplate.SheetName]));
                foreach (var language in Enum.GetValues<RecommendationLanguage>())
                {
                    words._languages.TryAdd(Key(localizer[$"Language.{language}"]), language);
                }
            });
            words._languages.TryAdd(Key(culture.Name), LanguageOf(culture.Name));
        }

        foreach (var language in Enum.GetValues<RecommendationLanguage>())
        {
            words._languages.TryAdd(Key(language.ToString()), language);
        }

        return words;
    }

    /// <summary>
    /// How a cell or a name is compared: folded case and accents, one kind of apostrophe, spaces collapsed; through the
    /// template's XML filter first, so a name holding a character the template had to replace still matches.
    /// </summary>
    public static string Key(string value) => SearchTerms.Fold(Spaces().Replace(UserText.ForXml(value), " ").Trim()).Replace('’', '\'');

    /// <summary>The interface languages (by code, in the interface's order) in which <paramref name="cell"/> is the column's header.</summary>
    public IReadOnlyList<string> HeaderLanguages(RecommendationColumns.Column column, string cell)
    {
        var key = Key(cell);
        return _headers.Where(h => h.Value[column.Number] == key).Select(h => h.Key).ToList();
    }

    public bool IsRecommendationsSheet(string name) => _sheetNames.Contains(Key(name));

    /// <summary>The language a cell of the Language column names (in any interface language, or by code); null when none.</summary>
    public RecommendationLanguage? Language(string cell) => _languages.TryGetValue(Key(cell), out var language) ? language : null;

    /// <summary>The language of notes written by someone using the interface in <paramref name="code"/>.</summary>
    public static RecommendationLanguage LanguageOf(string code) => code switch
    {
        "fr" => RecommendationLanguage.French,
        "es" => RecommendationLanguage.Spanish,
        _ => RecommendationLanguage.English,
    };

    // The localizer reads the current UI culture; each language is read under its own and the reader's is put back.
    private static void InLanguage(CultureInfo culture, Action read)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
