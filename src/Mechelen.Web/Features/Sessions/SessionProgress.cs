using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>
/// How far a session has come while it runs: its recommendations by status and by governance area (drafts,
/// which only their author sees, do not count). Kept under the change stamp like the other figures, so the
/// pages that poll it cost one stamp lookup between two saves.
/// </summary>
public sealed class SessionProgress(MechelenDbContext db, FiguresCache cache)
{
    /// <param name="ByStatus">Counts keyed by the status's name (Submitted, Validated, Rejected, Merged).</param>
    /// <param name="ByArea">Counts keyed by governance area id; an item with two areas counts in both.</param>
    public sealed record Model(int SessionId, int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<int, int> ByArea);

    public async Task<Model> ForSessionAsync(int sessionId, CancellationToken cancellationToken)
    {
        var stamp = await FiguresCache.StampAsync(db, cancellationToken);
        return await cache.GetOrCreateAsync(stamp, $"session-progress|{sessionId}", async () =>
        {
            var eventId = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (int?)s.EventId).FirstOrDefaultAsync(cancellationToken);
            if (eventId is null)
            {
                return new Model(sessionId, 0, new Dictionary<string, int>(), new Dictionary<int, int>());
            }

            // Statuses from the event's tallies (kept by triggers), not the session's rows.
            var byStatus = (await RecommendationTallies.OfSessionAsync(db, eventId.Value, sessionId, null, cancellationToken))
                .GroupBy(t => t.Status.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(t => t.Count));
            // Areas: the session's rows grouped by area mask in the facet index (a hundred or so combinations, where joining the
            // area table read every area link), spread over area ids here.
            var masks = await db.Recommendations.AsNoTracking()
                .Where(r => r.EventId == eventId && r.SessionId == sessionId && r.Status != RecommendationStatus.Draft)
                .GroupBy(r => r.AreaMask).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var byArea = masks.SelectMany(m => GovernanceArea.Ids(m.Key), (m, id) => (Id: id, m.Count))
                .GroupBy(a => a.Id).OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Sum(a => a.Count));
            return new Model(sessionId, byStatus.Values.Sum(), byStatus, byArea);
        });
    }
}

/// <summary>What the progress panel shows: the counts and every area's name in the reader's language (areas without items stay hidden until one arrives).</summary>
public sealed record ProgressView(SessionProgress.Model Progress, IReadOnlyList<Capture.CapturePage.Choice> Areas);
