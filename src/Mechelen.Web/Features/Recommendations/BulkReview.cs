using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>
/// Validate, reject or add an area to several recommendations at once, all or none: if any was changed
/// since the list was shown, or cannot take the action, nothing is saved and the message says which.
/// </summary>
public static class BulkReview
{
    public enum BulkAction
    {
        Validate,
        Reject,
        AddArea,
    }

    public sealed class Form
    {
        /// <summary><c>id:version</c> of each ticked row.</summary>
        public List<string> Select { get; set; } = [];
        public BulkAction Action { get; set; }
        public string? Reason { get; set; }
        public string? AreaCode { get; set; }
        public string? ReturnUrl { get; set; }
    }

    public sealed record Result(int Changed, IReadOnlyList<Message> Errors);

    public sealed class Handler(MechelenDbContext db, AuditLog audit, RecommendationScope.Resolver scopes, TimeProvider clock)
    {
        public const int MaxItems = 500;

        public async Task<Result> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var selection = ReviewRules.ParseSelection(form.Select);
            if (selection.Count == 0)
            {
                return new(0, [new Message("Tick at least one recommendation.")]);
            }

            if (selection.Count > MaxItems)
            {
                return new(0, [new Message("At most {0} recommendations at once.", MaxItems)]);
            }

            GovernanceArea? area = null;
            if (form.Action == BulkAction.AddArea)
            {
                area = await db.GovernanceAreas.FirstOrDefaultAsync(a => a.Code == form.AreaCode, cancellationToken);
                if (area is null)
                {
                    return new(0, [new Message("Choose the governance area to add.")]);
                }
            }

            var ids = selection.Keys.ToList();
            // Someone else's draft "does not exist" here, as everywhere an officer looks.
            var scope = await scopes.GetAsync(cancellationToken);
            var items = await scope.Visible(db.Recommendations.Include(r => r.Areas)).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
            var errors = ids.Where(id => items.All(r => r.Id != id)).Select(id => new Message("Recommendation {0} does not exist.", id)).ToList();
            errors.AddRange(items.Where(r => r.Version != selection[r.Id])
                .Select(r => new Message("Recommendation {0} was changed by someone else since the list was shown: reload and check it.", r.Id)));
            if (errors.Count > 0)
            {
                return new(0, errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var r in items)
            {
                var before = ReviewRules.Snap(r);
                var refusal = form.Action switch
                {
                    BulkAction.Validate => r.Validate(now),
                    BulkAction.Reject => r.Reject(form.Reason, now),
                    _ => AddArea(r, area!),
                };
                if (refusal is not null)
                {
                    errors.Add(refusal);
                    continue;
                }

                r.UpdatedAt = now;
                db.Entry(r).Property(x => x.Version).OriginalValue = selection[r.Id];
                audit.Record($"Bulk{form.Action}", nameof(Recommendation), r.Id, before, ReviewRules.Snap(r) with { Version = r.Version + 1 }, now);
            }

            if (errors.Count > 0)
            {
                return new(0, errors.Distinct().ToList());
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new(0, [new Message("Some of these recommendations were changed by someone else just now: reload and try again.")]);
            }

            return new(items.Count, []);
        }

        private static Message? AddArea(Recommendation r, GovernanceArea area)
        {
            if (!r.Areas.Contains(area))
            {
                r.Areas.Add(area);
            }

            return null;
        }
    }
}
