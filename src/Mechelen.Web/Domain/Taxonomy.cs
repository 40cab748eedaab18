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

    /// <summary>Areas have ids 1 to 63, one bit each in <see cref="Recommendation.AreaMask"/>.</summary>
    public const int MaxId = 63;

    /// <summary>The area's bit in <see cref="Recommendation.AreaMask"/>.</summary>
    public static long Bit(int id) => id is >= 1 and <= MaxId
        ? 1L << (id - 1)
        : throw new ArgumentOutOfRangeException(nameof(id), id, $"Governance area ids run from 1 to {MaxId}.");

    /// <summary>The mask of the given area ids.</summary>
    public static long Mask(IEnumerable<int> ids) => ids.Aggregate(0L, (mask, id) => mask | Bit(id));

    /// <summary>The area ids whose bits are set in <paramref name="mask"/>.</summary>
    public static IEnumerable<int> Ids(long mask)
    {
        for (var id = 1; id <= MaxId; id++)
        {
            if ((mask & (1L << (id - 1))) != 0)
            {
                yield return id;
            }
        }
    }
}
