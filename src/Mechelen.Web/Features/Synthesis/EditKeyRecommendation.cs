using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Data.Configurations;
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

            var wording = form.Wording?.Trim();
            if (string.IsNullOrEmpty(wording) || wording.Length > RecommendationConfiguration.TextMaxLength)
            {
                return SynthesisResult.Refused($"Write the consolidated wording (at most {RecommendationConfiguration.TextMaxLength} characters).");
            }

            var area = await db.GovernanceAreas.FirstOrDefaultAsync(a => a.Code == form.AreaCode, cancellationToken);
            if (area is null)
            {
                return SynthesisResult.Refused("Choose the governance area of the key recommendation.");
            }

            var before = MergeRules.Snap(key, key.GovernanceArea.Code);
            if (area.Id != key.GovernanceAreaId)
            {
                var oldArea = await db.KeyRecommendations.Where(k => k.EventId == key.EventId && k.GovernanceAreaId == key.GovernanceAreaId && k.Id != key.Id)
                    .ToListAsync(cancellationToken);
                MergeRules.Place(oldArea, key, int.MaxValue);
                oldArea.Remove(key);
                key.GovernanceArea = area;
            }

            var siblings = await db.KeyRecommendations.Where(k => k.EventId == key.EventId && k.GovernanceAreaId == area.Id && k.Id != key.Id)
                .ToListAsync(cancellationToken);
            MergeRules.Place(siblings, key, form.Position);
            key.Wording = wording;
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
