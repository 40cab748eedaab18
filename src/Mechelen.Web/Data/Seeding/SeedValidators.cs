using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Data.Seeding;

/// <summary>Checks what JSON shape alone cannot: references between entries, closed lists, dates.</summary>
public static class TaxonomyValidator
{
    public static void Validate(TaxonomySeed seed, string file)
    {
        var numbers = seed.Clusters.Select(c => c.Number).ToHashSet();
        for (var i = 0; i < seed.Clusters.Count; i++)
        {
            Translations(file, $"$.clusters[{i}]", seed.Clusters[i].Translations, t => [("shortTitle", t.ShortTitle), ("title", t.Title)]);
        }

        for (var i = 0; i < seed.Areas.Count; i++)
        {
            var area = seed.Areas[i];
            RequireText(file, $"$.areas[{i}].code", area.Code);
            RequireText(file, $"$.areas[{i}].name", area.Name);
            Translations(file, $"$.areas[{i}]", area.Translations, NameAndDescription);
            if (area.Clusters.Count == 0)
            {
                throw SeedReader.Fail(file, $"$.areas[{i}].clusters", "expected at least one GCM cluster number");
            }

            for (var j = 0; j < area.Clusters.Count; j++)
            {
                if (!numbers.Contains(area.Clusters[j]))
                {
                    throw SeedReader.Fail(file, $"$.areas[{i}].clusters[{j}]",
                        $"expected one of the cluster numbers {string.Join(", ", numbers.Order())}, found {area.Clusters[j]}");
                }
            }
        }

        if (seed.Areas.Count > GovernanceArea.MaxId)
        {
            // Each area is one bit of a recommendation's area mask.
            throw SeedReader.Fail(file, "$.areas", $"expected at most {GovernanceArea.MaxId} governance areas, found {seed.Areas.Count}");
        }

        Unique(file, "$.areas", seed.Areas.Select(a => a.Code));
        Unique(file, "$.clusters", seed.Clusters.Select(c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        ClosedList<GovernanceLevels>(file, "$.levels", seed.Levels);
        ClosedList<ActorGroups>(file, "$.actors", seed.Actors);
    }

    private static void ClosedList<TEnum>(string file, string path, IReadOnlyList<LabelSeed> labels) where TEnum : struct, Enum
    {
        var known = Enum.GetNames<TEnum>().Where(n => n != "None").ToList();
        for (var i = 0; i < labels.Count; i++)
        {
            if (!known.Contains(labels[i].Code))
            {
                throw SeedReader.Fail(file, $"{path}[{i}].code", $"expected one of {string.Join(", ", known)}, found '{labels[i].Code}'");
            }

            Translations(file, $"{path}[{i}]", labels[i].Translations, NameAndDescription);
        }

        var missing = known.Except(labels.Select(l => l.Code)).ToList();
        if (missing.Count > 0)
        {
            throw SeedReader.Fail(file, path, $"expected an entry for every member of the closed list; missing {string.Join(", ", missing)}");
        }
    }

    internal static void Unique(string file, string path, IEnumerable<string> codes)
    {
        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw SeedReader.Fail(file, path, $"expected unique codes, found '{duplicate.Key}' twice");
        }
    }

    internal static IEnumerable<(string Field, string? Value)> NameAndDescription(TranslationSeed t) => [("name", t.Name), ("description", t.Description)];

    /// <summary>Translations are keyed by an interface language and carry at least one field; a field given is not blank.</summary>
    internal static void Translations<T>(string file, string path, IReadOnlyDictionary<string, T>? translations, Func<T, IEnumerable<(string Field, string? Value)>> fields)
    {
        foreach (var (language, translation) in translations ?? new Dictionary<string, T>())
        {
            var at = $"{path}.translations.{language}";
            if (!Cultures.IsSupported(language))
            {
                throw SeedReader.Fail(file, at,
                    $"expected one of the interface languages {string.Join(", ", Cultures.Supported.Select(c => c.Name))} as a translation's key, found '{language}'");
            }

            var given = fields(translation).Where(f => f.Value is not null).ToList();
            if (given.Count == 0)
            {
                throw SeedReader.Fail(file, at, $"expected at least one of {string.Join(", ", fields(translation).Select(f => f.Field))}");
            }

            foreach (var (field, value) in given)
            {
                RequireText(file, $"{at}.{field}", value);
            }
        }
    }

    internal static void RequireText(string file, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw SeedReader.Fail(file, path, "expected a non-empty string");
        }
    }
}

public static class EventValidator
{
    public static void Validate(EventSeed seed, string file)
    {
        TaxonomyValidator.RequireText(file, "$.code", seed.Code);
        TaxonomyValidator.Translations(file, "$", seed.Translations, TaxonomyValidator.NameAndDescription);
        if (seed.EndDate < seed.StartDate)
        {
            throw SeedReader.Fail(file, "$.endDate", $"expected a date on or after startDate {seed.StartDate:yyyy-MM-dd}");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(seed.TimeZone, out _))
        {
            throw SeedReader.Fail(file, "$.timeZone", $"expected an IANA time zone such as Europe/Brussels, found '{seed.TimeZone}'");
        }

        for (var i = 0; i < seed.Sessions.Count; i++)
        {
            var s = seed.Sessions[i];
            TaxonomyValidator.RequireText(file, $"$.sessions[{i}].code", s.Code);
            TaxonomyValidator.RequireText(file, $"$.sessions[{i}].title", s.Title);
            TaxonomyValidator.Translations(file, $"$.sessions[{i}]", s.Translations, t => [("title", t.Title), ("focus", t.Focus)]);
            if (s.Date < seed.StartDate || s.Date > seed.EndDate)
            {
                throw SeedReader.Fail(file, $"$.sessions[{i}].date", $"expected a date within the event ({seed.StartDate:yyyy-MM-dd} to {seed.EndDate:yyyy-MM-dd}), found {s.Date:yyyy-MM-dd}");
            }

            if (s.End <= s.Start)
            {
                throw SeedReader.Fail(file, $"$.sessions[{i}].end", $"expected a time after start {s.Start:HH\\:mm}, found {s.End:HH\\:mm}");
            }
        }

        TaxonomyValidator.Unique(file, "$.sessions", seed.Sessions.Select(s => s.Code));
    }
}
