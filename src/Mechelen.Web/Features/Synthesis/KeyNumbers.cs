using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>
/// The one number of a key recommendation, <c>area.n</c>, exactly as the outcome report prints it: the area's place
/// in the taxonomy, then the key recommendation's place within its area. A final report leaves draft key
/// recommendations out, so they have no number then.
/// </summary>
public static class KeyNumbers
{
    public static async Task<IReadOnlyDictionary<int, string>> OfEventAsync(MechelenDbContext db, int eventId, CancellationToken cancellationToken)
    {
        var areaIds = await db.GovernanceAreas.AsNoTracking().OrderBy(a => a.Order).ThenBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        var final = await db.Events.AsNoTracking().Where(e => e.Id == eventId).Select(e => e.ReportFinalizedAt != null).FirstOrDefaultAsync(cancellationToken);
        var keys = await db.KeyRecommendations.AsNoTracking().Where(k => k.EventId == eventId)
            .OrderBy(k => k.Order).ThenBy(k => k.Id)
            .Select(k => new { k.Id, k.GovernanceAreaId, k.Status })
            .ToListAsync(cancellationToken);
        return Number(areaIds, final, keys.Select(k => (k.Id, k.GovernanceAreaId, k.Status)));
    }

    /// <summary>Numbers <paramref name="keys"/> (in their order within the area) by the areas' order.</summary>
    public static IReadOnlyDictionary<int, string> Number(
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

    /// <summary>The number, or the id behind a hash when a final report leaves the key recommendation out.</summary>
    public static string Label(this IReadOnlyDictionary<int, string> numbers, int id) =>
        numbers.TryGetValue(id, out var number) ? number : $"#{id}";
}
