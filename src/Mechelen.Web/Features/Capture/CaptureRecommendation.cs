using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>Saves one recommendation typed in a session. The form's idempotency key makes a retried POST return the first result.</summary>
public static class CaptureRecommendation
{
    public sealed record Result(int? Id, Message? Error, string? Field = null)
    {
        public static Result Saved(int id) => new(id, null);

        public static Result Invalid(string error, string? field = null) => new(null, new Message(error), field);
    }

    public sealed class Handler(MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int sessionId, RecommendationForm form, CancellationToken cancellationToken)
        {
            if (form.IdempotencyKey == Guid.Empty)
            {
                return Result.Invalid("The form is incomplete: reload the page and try again.");
            }

            var earlier = await EarlierAsync(form.IdempotencyKey, cancellationToken);
            if (earlier is not null)
            {
                return earlier;
            }

            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new { s.Id, s.EventId }).FirstOrDefaultAsync(cancellationToken);
            if (session is null)
            {
                return Result.Invalid("This session no longer exists.");
            }

            var wanted = form.AreaIds.Distinct().ToList();
            var areas = await db.GovernanceAreas.Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
            if (areas.Count != wanted.Count)
            {
                return Result.Invalid("Choose governance areas from the list.", nameof(form.AreaIds));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var recommendation = new Recommendation
            {
                EventId = session.EventId,
                SessionId = session.Id,
                Text = form.Text,
                Rationale = form.Rationale,
                Levels = form.LevelMask,
                Actors = form.ActorMask,
                Language = form.Language,
                CapturedById = user.Id,
                CapturedByName = user.Name,
                IdempotencyKey = form.IdempotencyKey,
            };
            recommendation.Areas.AddRange(areas);
            if (recommendation.Capture(now) is { } refusal)
            {
                return new Result(null, refusal);
            }

            db.Recommendations.Add(recommendation);

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Asked again inside the transaction: on SQLite it holds the write lock (one writer at a time), so
            // a second post of the same note that raced past the check above finds the first one here.
            var raced = await EarlierAsync(form.IdempotencyKey, cancellationToken);
            if (raced is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return raced;
            }

            try
            {
                // The id exists only after the insert; the audit entry joins the same transaction.
                await db.SaveChangesAsync(cancellationToken);
                audit.Record("create", RecommendationSnapshot.EntityType, recommendation.Id, null, RecommendationSnapshot.Of(recommendation));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two POSTs with the same key raced past both checks (SQL Server reads without the lock): the unique index let one through.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                var again = await EarlierAsync(form.IdempotencyKey, cancellationToken);
                if (again is null)
                {
                    throw;
                }

                return again;
            }

            return Result.Saved(recommendation.Id);
        }

        private async Task<Result?> EarlierAsync(Guid key, CancellationToken cancellationToken)
        {
            var earlier = await db.Recommendations.AsNoTracking().Where(r => r.IdempotencyKey == key)
                .Select(r => new { r.Id, r.CapturedById }).FirstOrDefaultAsync(cancellationToken);
            if (earlier is null)
            {
                return null;
            }

            return earlier.CapturedById == user.Id
                ? Result.Saved(earlier.Id)
                : Result.Invalid("This form was already used: reload the page and try again.");
        }
    }
}
