namespace Mechelen.Web.Domain;

/// <summary>
/// How key recommendations are numbered: within an area they hold the places 1…n, unique and gap-free; everywhere they
/// are shown by <c>area.n</c>, exactly as the outcome report prints it: the area's place in the taxonomy, then the key
/// recommendation's place within its area. A final report leaves draft key recommendations out, so they have no number then.
/// </summary>
public static class KeyRecommendationNumbering
{
    /// <summary>
    /// Puts <paramref name="item"/> at <paramref name="position"/> (1-based, clamped) among the key
    /// recommendations of its area and renumbers them 1…n, so orders stay unique and gap-free.
    /// </summary>
    public static void Place(List<KeyRecommendation> area, KeyRecommendation item, int position)
    {
        area.Remove(item);
        var sorted = Sorted(area);
        sorted.Insert(Math.Clamp(position, 1, sorted.Count + 1) - 1, item);
        Number(sorted);
    }

    /// <summary>Renumbers the key recommendations of an area 1…n in their current order, closing the gap one leaves.</summary>
    public static void Renumber(IEnumerable<KeyRecommendation> area) => Number(Sorted(area));

    /// <summary>The <c>area.n</c> of each of <paramref name="keys"/> (in their order within the area), by the areas' order.</summary>
    public static IReadOnlyDictionary<int, string> Numbers(
        IReadOnlyList<int> areaIdsInOrder, bool reportFinal, IEnumerable<(int Id, int AreaId, KeyRecommendationStatus Status)> keys)
    {
        var areaNumber = areaIdsInOrder.Select((id, i) => (id, i + 1)).ToDictionary(x => x.id, x => x.Item2);
        var numbers = new Dictionary<int, string>();
        foreach (var area in keys.Where(k => !reportFinal || k.Status == KeyRecommendationStatus.Final).GroupBy(k => k.AreaId))
        {
            var n = 0;
            foreach (var key in area)
            {
                numbers[key.Id] = $"{areaNumber.GetValueOrDefault(area.Key)}.{++n}";
            }
        }

        return numbers;
    }

    private static List<KeyRecommendation> Sorted(IEnumerable<KeyRecommendation> area) => area.OrderBy(k => k.Order).ThenBy(k => k.Id).ToList();

    private static void Number(List<KeyRecommendation> sorted)
    {
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Order != i + 1)
            {
                sorted[i].Order = i + 1;
            }
        }
    }
}
