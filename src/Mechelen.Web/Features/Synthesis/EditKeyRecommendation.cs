using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>Changes a key recommendation's wording, area, position within the area, or status (Draft/Final).</summary>
public static class EditKeyRecommendation
{
    public sealed class Form
    {
        public int Version { get; set; }
        public string? Wording { get; set; }
        public string? AreaCode { get; set; }
        public int Position { get; set; }
        public KeyRecommendationStatus Status { get; set; }
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<SynthesisResult> HandleAsync(int id, Form form, CancellationToken cancellationToken)
        {
            var key = await db.KeyRecommendations.Include(k => k.GovernanceArea).Include(k => k.Sources)
                .FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (key is null)
            {
                return SynthesisResult.NotFound();
            }

            if (key.Version != form.Version)
            {
                return SynthesisResult.Stale();
            }

            var (content, error) = await MergeRules.CheckContentAsync(db, form.Wording, form.AreaCode, cancellationToken);
            if (content is null)
            {
                return SynthesisResult.Refused(error!);
            }

            var area = content.Area;
            var before = MergeRules.Snap(key, key.GovernanceArea.Code);
            if (area.Id != key.GovernanceAreaId)
            {
                KeyRecommendationNumbering.Renumber(await MergeRules.SiblingsAsync(db, key.EventId, key.GovernanceAreaId, key.Id, cancellationToken));
                key.GovernanceArea = area;
            }

            var siblings = await MergeRules.SiblingsAsync(db, key.EventId, area.Id, key.Id, cancellationToken);
            KeyRecommendationNumbering.Place(siblings, key, form.Position);
            key.Wording = content.Wording;
            key.Status = form.Status;
            key.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            db.Entry(key).Property(k => k.Version).OriginalValue = form.Version;
            audit.Record("Edit", nameof(KeyRecommendation), key.Id, before, MergeRules.Snap(key, area.Code));
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
