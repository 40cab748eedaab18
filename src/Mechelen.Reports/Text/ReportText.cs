using System.Globalization;
using System.Resources;
using Mechelen.Reports.Reading;

namespace Mechelen.Reports.Text;

/// <summary>
/// Every fixed sentence of the outcome report, in one culture: the page, the PDF and the Word document all
/// ask here, so they cannot drift apart. The neutral resources are English; a language is added with a
/// <c>ReportText.xx.resx</c> beside them. Numbers and dates are formatted in the same culture.
/// </summary>
public sealed partial class ReportText
{
    private static readonly ResourceManager Resources = new("Mechelen.Reports.Text.ReportText", typeof(ReportText).Assembly);

    public ReportText(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        Culture = culture;
    }

    /// <summary>English, the report's default language.</summary>
    public static ReportText English { get; } = new(CultureInfo.GetCultureInfo("en"));

    /// <summary>The languages the report is written in, as two-letter codes: each has its own resources.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "fr", "es"];

    /// <summary>The report text in <paramref name="language"/> (a two-letter code of <see cref="Languages"/>); null for an unknown one.</summary>
    public static ReportText? For(string? language) =>
        language is not null && Languages.Contains(language, StringComparer.OrdinalIgnoreCase)
            ? new ReportText(CultureInfo.GetCultureInfo(language.ToLowerInvariant()))
            : null;

    /// <summary>The report's language as a two-letter code.</summary>
    public string Language => Culture.TwoLetterISOLanguageName;

    /// <summary>The language a contribution was written in, as a two-letter code (null for another language).</summary>
    public static string? LanguageCode(ReportLanguage language) => language switch
    {
        ReportLanguage.English => "en",
        ReportLanguage.French => "fr",
        ReportLanguage.Spanish => "es",
        _ => null,
    };

    public CultureInfo Culture { get; }

    /// <summary>The BCP 47 tag of the report's language, for the PDF and Word documents.</summary>
    public string LanguageTag => string.IsNullOrEmpty(Culture.Name) ? "en" : Culture.Name;

    public string Get(string key) =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"The report text has no sentence '{key}'.");

    public string Format(string key, params object?[] args) => string.Format(Culture, Get(key), args);

    public string Number(int value) => value.ToString("N0", Culture);

    public string Average(double value) => value.ToString("0.0", Culture);

    /// <summary>"1 session", "12 sessions": <paramref name="noun"/> names a pair of resources, <c>Noun_One</c> and <c>Noun_Other</c>.</summary>
    public string Count(int value, string noun) => Format(value == 1 ? noun + "_One" : noun + "_Other", Number(value));

    public string Date(DateOnly date) => date.ToString(Get("DateFormat"), Culture);

    public string Date(DateTime date) => date.ToString(Get("DateFormat"), Culture);

    public string DateTime(DateTime value) => value.ToString(Get("DateTimeFormat"), Culture);

    public string Time(DateTime value) => value.ToString(Get("TimeFormat"), Culture);

    public string SessionTime(DateTime start, DateTime end) => $"{start.ToString(Get("SessionTimeFormat"), Culture)}–{Time(end)}";

    public string ProgrammeTime(DateTime start, DateTime end) => $"{start.ToString(Get("ProgrammeTimeFormat"), Culture)}–{Time(end)}";

    /// <summary>"16–17 November 2017", "30 November – 2 December 2017" or "16 November 2017".</summary>
    public string DateRange(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Date(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.ToString("%d", Culture)}–{Date(end)}";
        }

        return start.Year == end.Year
            ? $"{start.ToString(Get("DayMonthFormat"), Culture)} – {Date(end)}"
            : $"{Date(start)} – {Date(end)}";
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => ListLast(string.Join(ListSeparator, list.Take(list.Count - 1)), list[^1]),
        };
    }

    public string KindName(string kind) => Resources.GetString("Kind_" + kind, Culture) ?? kind;

    public string LanguageName(ReportLanguage language) => Get("Language_" + language);

    /// <summary>The words for whom and at which levels a recommendation is addressed, never a data line.</summary>
    public string Addressed(IReadOnlyList<string> levels, IReadOnlyList<string> actors)
    {
        var lowerLevels = List(levels.Select(Lower));
        var lowerActors = List(actors.Select(Lower));
        return (actors.Count, levels.Count) switch
        {
            (0, 0) => AddressedNotCoded,
            (0, 1) => AddressedNoActor(lowerLevels),
            (0, _) => AddressedNoActorLevels(lowerLevels),
            (_, 0) => AddressedToNoLevel(lowerActors),
            (_, 1) => AddressedTo(lowerActors, lowerLevels),
            _ => AddressedToLevels(lowerActors, lowerLevels),
        };
    }

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture)));

    // Labels start with a capital in lists; inside a sentence they read in lower case, except proper names
    // and acronyms ("UN agencies") which keep theirs.
    private string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLower(label[0], Culture) + label[1..] : label;
}
