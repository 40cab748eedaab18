using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>The one number of each key recommendation of an event, <c>area.n</c>, read for <see cref="KeyRecommendationNumbering"/>.</summary>
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
        return KeyRecommendationNumbering.Numbers(areaIds, final, keys.Select(k => (k.Id, k.GovernanceAreaId, k.Status)));
    }

    /// <summary>The number, or the id behind a hash when a final report leaves the key recommendation out.</summary>
    public static string Label(this IReadOnlyDictionary<int, string> numbers, int id) =>
        numbers.TryGetValue(id, out var number) ? number : $"#{id}";
}
