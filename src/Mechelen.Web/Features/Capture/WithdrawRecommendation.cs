using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// A rapporteur takes back their own Submitted recommendation (status back to Draft, out of every
/// count, list and report) or submits a withdrawn one again. Nothing is deleted: the audit trail and any
/// later question "what did the session say" keep the text.
/// </summary>
public static class WithdrawRecommendation
{
    public enum Outcome
    {
        Done,
        NotFound,
        NotYours,
        WrongStatus,
    }

    public sealed class Handler(MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
    {
        public Task<Outcome> WithdrawAsync(int sessionId, int id, CancellationToken cancellationToken) =>
            MoveAsync(sessionId, id, RecommendationStatus.Submitted, RecommendationStatus.Draft, "withdraw", cancellationToken);

        public Task<Outcome> ResubmitAsync(int sessionId, int id, CancellationToken cancellationToken) =>
            MoveAsync(sessionId, id, RecommendationStatus.Draft, RecommendationStatus.Submitted, "resubmit", cancellationToken);

        private async Task<Outcome> MoveAsync(
            int sessionId, int id, RecommendationStatus from, RecommendationStatus to, string action, CancellationToken cancellationToken)
        {
            var recommendation = await db.Recommendations.Include(r => r.Areas)
                .FirstOrDefaultAsync(r => r.Id == id && r.SessionId == sessionId, cancellationToken);
            if (recommendation is null)
            {
                return Outcome.NotFound;
            }

            if (recommendation.CapturedById != user.Id)
            {
                return Outcome.NotYours;
            }

            if (recommendation.Status != from)
            {
                return Outcome.WrongStatus;
            }

            var before = RecommendationSnapshot.Of(recommendation);
            recommendation.Status = to;
            recommendation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(action, RecommendationSnapshot.EntityType, id, before, RecommendationSnapshot.Of(recommendation));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A policy officer acted on it at the same moment; their decision stands.
                return Outcome.WrongStatus;
            }

            return Outcome.Done;
        }
    }
}
