using System.Globalization;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>Adds raw recommendations to a key recommendation later, or takes one out again (its previous status restored).</summary>
public static class ChangeKeySources
{
    public sealed class AddForm
    {
        public int Version { get; set; }

        /// <summary>Recommendation ids separated by commas or spaces.</summary>
        public string? Ids { get; set; }
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit, RecommendationScope.Resolver scopes, TimeProvider clock)
    {
        public async Task<SynthesisResult> AddAsync(int id, AddForm form, CancellationToken cancellationToken)
        {
            var key = await MergeRules.LoadKeyAsync(db, id, cancellationToken);
            if (key is null)
            {
                return SynthesisResult.NotFound();
            }

            if (key.Version != form.Version)
            {
                return SynthesisResult.Stale();
            }

            var words = (form.Ids ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var ids = words.Select(w => int.TryParse(w.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
            if (ids.Count == 0 || ids.Contains(0) || ids.Count > 100)
            {
                return SynthesisResult.Refused("Give the numbers of the recommendations to add, separated by commas (at most 100).");
            }

            var scope = await scopes.GetAsync(cancellationToken);
            var sources = await scope.Visible(db.Recommendations).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
            var errors = ids.Distinct().Where(n => sources.All(r => r.Id != n)).Select(n => new Message("Recommendation {0} does not exist.", n)).ToList();
            errors.AddRange(sources.Where(r => r.EventId != key.EventId).Select(r => new Message("Recommendation {0} belongs to another event.", r.Id)));
            errors.AddRange(sources.Select(r => r.Refusal(RecommendationAction.Merge)).OfType<Message>());
            if (errors.Count > 0)
            {
                return new SynthesisResult(true, errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var before = MergeRules.Snap(key, key.GovernanceArea.Code);
            foreach (var r in sources)
            {
                var state = new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, null);
                r.Merge(now);
                key.Sources.Add(new KeyRecommendationSource { Recommendation = r, RecommendationId = r.Id, AddedAt = now });
                audit.Record("Merge", nameof(Recommendation), r.Id, state, new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, key.Id));
            }

            return await SaveAsync(key, form.Version, before, "AddSources", now, cancellationToken);
        }

        public async Task<SynthesisResult> RemoveAsync(int id, int recommendationId, int version, CancellationToken cancellationToken)
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

            var link = key.Sources.FirstOrDefault(s => s.RecommendationId == recommendationId);
            if (link is null)
            {
                return SynthesisResult.Refused(new Message("Recommendation {0} is not a source of this key recommendation.", recommendationId));
            }

            if (key.Sources.Count == 1)
            {
                return SynthesisResult.Refused("This is its only source: un-merge the key recommendation instead.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var before = MergeRules.Snap(key, key.GovernanceArea.Code);
            var r = link.Recommendation;
            var state = new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, key.Id);
            if (r.RestoreFromMerge(now) is { } refusal)
            {
                return SynthesisResult.Refused(refusal);
            }

            key.Sources.Remove(link);
            audit.Record("RemoveFromKey", nameof(Recommendation), r.Id, state, new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, null));
            return await SaveAsync(key, version, before, "RemoveSource", now, cancellationToken);
        }

        private async Task<SynthesisResult> SaveAsync(KeyRecommendation key, int version, MergeRules.KeySnapshot before, string action, DateTime now, CancellationToken cancellationToken)
        {
            key.UpdatedAt = now;
            db.Entry(key).Property(k => k.Version).OriginalValue = version;
            audit.Record(action, nameof(KeyRecommendation), key.Id, before, MergeRules.Snap(key, key.GovernanceArea.Code));
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
