using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
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

    /// <summary>How the move ended and, when the status did not allow it, why.</summary>
    public sealed record Result(Outcome Outcome, Message? Refusal = null);

    public sealed class Handler(MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
    {
        public Task<Result> WithdrawAsync(int sessionId, int id, CancellationToken cancellationToken) =>
            MoveAsync(sessionId, id, (r, now) => r.Withdraw(now), "withdraw", cancellationToken);

        public Task<Result> ResubmitAsync(int sessionId, int id, CancellationToken cancellationToken) =>
            MoveAsync(sessionId, id, (r, now) => r.Resubmit(now), "resubmit", cancellationToken);

        private async Task<Result> MoveAsync(
            int sessionId, int id, Func<Recommendation, DateTime, Message?> move, string action, CancellationToken cancellationToken)
        {
            var recommendation = await db.Recommendations.Include(r => r.Areas)
                .FirstOrDefaultAsync(r => r.Id == id && r.SessionId == sessionId, cancellationToken);
            if (recommendation is null)
            {
                return new(Outcome.NotFound);
            }

            if (recommendation.CapturedById != user.Id)
            {
                return new(Outcome.NotYours);
            }

            var before = RecommendationSnapshot.Of(recommendation);
            if (move(recommendation, clock.GetUtcNow().UtcDateTime) is { } refusal)
            {
                return new(Outcome.WrongStatus, refusal);
            }

            audit.Record(action, RecommendationSnapshot.EntityType, id, before, RecommendationSnapshot.Of(recommendation));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A policy officer acted on it at the same moment; their decision stands.
                return new(Outcome.WrongStatus);
            }

            return new(Outcome.Done);
        }
    }
}
