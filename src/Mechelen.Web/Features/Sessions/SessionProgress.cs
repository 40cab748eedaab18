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
            var counted = db.Recommendations.AsNoTracking().Where(r => r.SessionId == sessionId && r.Status != RecommendationStatus.Draft);
            var byStatus = await counted.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var byArea = await counted.SelectMany(r => r.Areas.Select(a => a.Id)).GroupBy(id => id)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            return new Model(
                sessionId,
                byStatus.Sum(s => s.Count),
                byStatus.ToDictionary(s => s.Key.ToString(), s => s.Count),
                byArea.ToDictionary(a => a.Key, a => a.Count));
        });
    }
}

/// <summary>What the progress panel shows: the counts and every area's name in the reader's language (areas without items stay hidden until one arrives).</summary>
public sealed record ProgressView(SessionProgress.Model Progress, IReadOnlyList<Capture.CapturePage.Choice> Areas);
