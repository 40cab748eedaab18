using Mechelen.Web.Domain;

namespace Mechelen.Web.Taxonomy;

/// <summary>
/// A name and description as written, with their translations by language code. Each language falls back to the
/// original field by field, so a translated name with no translated description shows the original description.
/// </summary>
public sealed record Wording(string Name, string? Description, IReadOnlyDictionary<string, Translation> Translations)
{
    /// <summary>The name in <paramref name="language"/> (a two-letter code), or the original; null asks for the original.</summary>
    public string NameIn(string? language) => Find(language)?.Name is { Length: > 0 } name ? name : Name;

    /// <summary>The description in <paramref name="language"/>, or the original; null asks for the original.</summary>
    public string? DescriptionIn(string? language) => Find(language)?.Description is { Length: > 0 } description ? description : Description;

    /// <summary>The original name and each translated one, for recognising what a person typed in any language.</summary>
    public IEnumerable<string> AllNames() => Translations.Values.Select(t => t.Name).OfType<string>().Prepend(Name);

    private Translation? Find(string? language) => language is not null && Translations.TryGetValue(language, out var t) ? t : null;
}
