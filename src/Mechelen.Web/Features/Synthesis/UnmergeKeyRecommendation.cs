using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>
/// Dissolves a key recommendation: every source gets back the status it had before the merge and the
/// key recommendation is removed. Its wording and sources stay in the audit log.
/// </summary>
public static class UnmergeKeyRecommendation
{
    public sealed class Handler(MechelenDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<SynthesisResult> HandleAsync(int id, int version, CancellationToken cancellationToken)
        {
            var key = await MergeRules.LoadKeyAsync(db, id, cancellationToken);
            if (key is null)
            {
                return SynthesisResult.NotFound();
            }

            if (key.Version != version)
            {
                return SynthesisResult.Stale();
            }

            var refusals = key.Sources.Select(s => s.Recommendation.Refusal(RecommendationAction.RestoreFromMerge)).OfType<Message>().ToList();
            if (refusals.Count > 0)
            {
                return new SynthesisResult(true, refusals);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            audit.Record("Unmerge", nameof(KeyRecommendation), key.Id, MergeRules.Snap(key, key.GovernanceArea.Code), null);
            foreach (var link in key.Sources.ToList())
            {
                var r = link.Recommendation;
                var state = new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, key.Id);
                r.RestoreFromMerge(now);
                audit.Record("Unmerge", nameof(Recommendation), r.Id, state, new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, null));
            }

            KeyRecommendationNumbering.Renumber(await MergeRules.SiblingsAsync(db, key.EventId, key.GovernanceAreaId, key.Id, cancellationToken));
            db.KeyRecommendations.Remove(key);
            db.Entry(key).Property(k => k.Version).OriginalValue = version;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return SynthesisResult.Stale();
            }

            return new SynthesisResult(true, [], Id: key.Id);
        }
    }
}
