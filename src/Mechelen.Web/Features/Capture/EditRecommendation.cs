using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>A rapporteur corrects their own recommendation while it is still Submitted (not yet reviewed).</summary>
public static class EditRecommendation
{
    public enum Outcome
    {
        Saved,
        NotFound,
        NotYours,
        NotEditable,
        Changed,
        Invalid,
    }

    public sealed class Handler(MechelenDbContext db, CurrentUser user, AuditLog audit, TimeProvider clock)
    {
        /// <summary>The form filled with the item, or why it cannot be edited.</summary>
        public async Task<(Outcome Outcome, RecommendationForm? Form, Message? Refusal)> LoadAsync(int sessionId, int id, CancellationToken cancellationToken)
        {
            var recommendation = await db.Recommendations.AsNoTracking().Include(r => r.Areas)
                .FirstOrDefaultAsync(r => r.Id == id && r.SessionId == sessionId, cancellationToken);
            var outcome = Check(recommendation);
            return (outcome, outcome == Outcome.Saved ? RecommendationForm.From(recommendation!) : null,
                outcome == Outcome.NotEditable ? recommendation!.Refusal(RecommendationAction.Correct) : null);
        }

        public async Task<Outcome> HandleAsync(int sessionId, int id, RecommendationForm form, CancellationToken cancellationToken)
        {
            var recommendation = await db.Recommendations.Include(r => r.Areas)
                .FirstOrDefaultAsync(r => r.Id == id && r.SessionId == sessionId, cancellationToken);
            var outcome = Check(recommendation);
            if (outcome != Outcome.Saved)
            {
                return outcome;
            }

            var wanted = form.AreaIds.Distinct().ToList();
            var areas = await db.GovernanceAreas.Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
            if (areas.Count != wanted.Count)
            {
                return Outcome.Invalid;
            }

            var before = RecommendationSnapshot.Of(recommendation!);
            // The version the form was rendered with: someone else's change in between is a conflict, not an overwrite.
            db.Entry(recommendation!).Property(r => r.Version).OriginalValue = form.Version;
            recommendation!.Text = form.Text;
            recommendation.Rationale = form.Rationale;
            recommendation.Levels = form.LevelMask;
            recommendation.Actors = form.ActorMask;
            recommendation.Language = form.Language;
            recommendation.Areas.RemoveAll(a => !wanted.Contains(a.Id));
            recommendation.Areas.AddRange(areas.Where(a => recommendation.Areas.All(x => x.Id != a.Id)));
            recommendation.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record("update", RecommendationSnapshot.EntityType, id, before, RecommendationSnapshot.Of(recommendation));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome.Changed;
            }

            return Outcome.Saved;
        }

        private Outcome Check(Recommendation? recommendation) => recommendation switch
        {
            null => Outcome.NotFound,
            _ when recommendation.CapturedById != user.Id => Outcome.NotYours,
            _ when recommendation.Refusal(RecommendationAction.Correct) is not null => Outcome.NotEditable,
            _ => Outcome.Saved,
        };
    }
}
