using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>
/// How many recommendations each session of an event produced (drafts and withdrawn items do not
/// count). One grouped query per change of the data, shared by the programme and the session page.
/// </summary>
public sealed class SessionCounts(MechelenDbContext db, FiguresCache cache)
{
    public async Task<IReadOnlyDictionary<int, int>> ForEventAsync(int eventId, CancellationToken cancellationToken)
    {
        var stamp = await FiguresCache.StampAsync(db, cancellationToken);
        return await cache.GetOrCreateAsync<IReadOnlyDictionary<int, int>>(stamp, $"session-counts|{eventId}", async () =>
            await db.Recommendations.AsNoTracking()
                .Where(r => r.EventId == eventId && r.Status != RecommendationStatus.Draft)
                .GroupBy(r => r.SessionId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken));
    }
}
