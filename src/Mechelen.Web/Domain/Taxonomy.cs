namespace Mechelen.Web.Domain;

/// <summary>One of the six thematic sessions of the 2017 GCM consultation phase.</summary>
public sealed class GcmCluster
{
    public int Id { get; set; }
    public int Number { get; set; }
    public required string ShortTitle { get; set; }
    public required string Title { get; set; }

    /// <summary>By language code: the short title as <see cref="Translation.Name"/>, the full title as its description.</summary>
    public Dictionary<string, Translation> Translations { get; set; } = [];

    public List<GovernanceArea> Areas { get; } = [];
}

/// <summary>A tag of the taxonomy recommendations are coded with; seeded, editable by administrators.</summary>
public sealed class GovernanceArea
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public int Order { get; set; }

    /// <summary>The name and description in other languages, by language code.</summary>
    public Dictionary<string, Translation> Translations { get; set; } = [];

    public List<GcmCluster> Clusters { get; } = [];
}
