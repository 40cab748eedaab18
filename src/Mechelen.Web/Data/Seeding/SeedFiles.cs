using System.Text.Json.Serialization;
using Mechelen.Web.Domain;

namespace Mechelen.Web.Data.Seeding;

// Shapes of the seed files. Data only: the seeder maps them onto entities by their stable codes.

public sealed record TaxonomySeed(
    [property: JsonRequired] IReadOnlyList<ClusterSeed> Clusters,
    [property: JsonRequired] IReadOnlyList<AreaSeed> Areas,
    [property: JsonRequired] IReadOnlyList<LabelSeed> Levels,
    [property: JsonRequired] IReadOnlyList<LabelSeed> Actors);

public sealed record ClusterSeed(
    [property: JsonRequired] int Number,
    [property: JsonRequired] string ShortTitle,
    [property: JsonRequired] string Title,
    IReadOnlyDictionary<string, ClusterTranslationSeed>? Translations = null);

public sealed record AreaSeed(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Name,
    [property: JsonRequired] string Description,
    [property: JsonRequired] IReadOnlyList<int> Clusters,
    IReadOnlyDictionary<string, TranslationSeed>? Translations = null);

public sealed record LabelSeed(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Name,
    string? Description,
    IReadOnlyDictionary<string, TranslationSeed>? Translations = null);

// Translations are keyed by an interface language (en, fr, es); a missing field shows the original wording.

public sealed record TranslationSeed(string? Name, string? Description);

public sealed record ClusterTranslationSeed(string? ShortTitle, string? Title);

public sealed record SessionTranslationSeed(string? Title, string? Focus);

public sealed record EventSeed(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Name,
    [property: JsonRequired] string City,
    [property: JsonRequired] string Country,
    [property: JsonRequired] DateOnly StartDate,
    [property: JsonRequired] DateOnly EndDate,
    [property: JsonRequired] string TimeZone,
    [property: JsonRequired] string Hosts,
    [property: JsonRequired] string Partners,
    [property: JsonRequired] string Purpose,
    string? Description,
    [property: JsonRequired] IReadOnlyList<SessionSeed> Sessions,
    IReadOnlyDictionary<string, TranslationSeed>? Translations = null);

public sealed record SessionSeed(
    [property: JsonRequired] string Code,
    [property: JsonRequired] string Title,
    [property: JsonRequired] SessionKind Kind,
    [property: JsonRequired] DateOnly Date,
    [property: JsonRequired] TimeOnly Start,
    [property: JsonRequired] TimeOnly End,
    string? Moderator,
    string? Organiser,
    string? Focus,
    string? Room,
    IReadOnlyDictionary<string, SessionTranslationSeed>? Translations = null);
