namespace Mechelen.Web.Domain;

/// <summary>Levels of governance a recommendation is addressed at. A closed list: stored as a bit mask.</summary>
[Flags]
public enum GovernanceLevels
{
    None = 0,
    Local = 1,
    SubnationalRegional = 2,
    National = 4,
    SupranationalRegional = 8,
    Global = 16,
}

/// <summary>Actors a recommendation is addressed to. A closed list: stored as a bit mask.</summary>
[Flags]
public enum ActorGroups
{
    None = 0,
    LocalRegionalGovernments = 1,
    NationalGovernments = 2,
    InternationalOrganisations = 4,
    CivilSociety = 8,
    MigrantDiasporaOrganisations = 16,
    PrivateSector = 32,
    TradeUnions = 64,
    Academia = 128,
    AllActors = 256,
}

public enum RecommendationLanguage
{
    English,
    French,
    Spanish,
    Other,
}

public enum RecommendationStatus
{
    Draft,
    Submitted,
    Validated,
    Rejected,
    Merged,
}

public enum KeyRecommendationStatus
{
    Draft,
    Final,
}

/// <summary>Display name and description of one member of a closed list, from <c>seeds/taxonomy.json</c>.</summary>
public sealed class TaxonomyLabel
{
    public int Id { get; set; }

    /// <summary><c>level</c> or <c>actor</c>.</summary>
    public required string List { get; set; }

    /// <summary>The enum member's name.</summary>
    public required string Code { get; set; }
    public int Value { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }

    /// <summary>The name and description in other languages, by language code.</summary>
    public Dictionary<string, Translation> Translations { get; set; } = [];
}
