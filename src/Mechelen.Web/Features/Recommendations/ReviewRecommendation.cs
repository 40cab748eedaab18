using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>An officer corrects tags, levels, actors and language, and validates or rejects; a stale form is a conflict, never an overwrite.</summary>
public static class ReviewRecommendation
{
    public enum Decision
    {
        Save,
        Validate,
        Reject,
    }

    public sealed class Form
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public List<string> Area { get; set; } = [];
        public List<GovernanceLevels> Level { get; set; } = [];
        public List<ActorGroups> Actor { get; set; } = [];
        public RecommendationLanguage Language { get; set; }
        public Decision Action { get; set; }
        public string? RejectionReason { get; set; }
    }

    public sealed record Result(bool Found, IReadOnlyList<Message> Errors, ReviewRules.Snapshot? Theirs)
    {
        public bool Succeeded => Found && Errors.Count == 0 && Theirs is null;
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit, RecommendationScope.Resolver scopes, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var scope = await scopes.GetAsync(cancellationToken);
            var r = await scope.Visible(db.Recommendations.Include(x => x.Areas)).FirstOrDefaultAsync(x => x.Id == form.Id, cancellationToken);
            if (r is null)
            {
                return new(false, [], null);
            }

            if (r.Version != form.Version)
            {
                return new(true, [], ReviewRules.Snap(r));
            }

            var areas = await db.GovernanceAreas.Where(a => form.Area.Contains(a.Code)).ToListAsync(cancellationToken);
            var errors = new List<Message>();
            if (areas.Count == 0)
            {
                errors.Add(new Message("Choose at least one governance area."));
            }

            var before = ReviewRules.Snap(r);
            r.Areas.RemoveAll(a => !areas.Contains(a));
            r.Areas.AddRange(areas.Where(a => !r.Areas.Contains(a)));
            r.Levels = form.Level.Aggregate(GovernanceLevels.None, (m, l) => m | l);
            r.Actors = form.Actor.Aggregate(ActorGroups.None, (m, a) => m | a);
            r.Language = form.Language;
            var now = clock.GetUtcNow().UtcDateTime;
            var refusal = form.Action switch
            {
                Decision.Validate => r.Validate(now),
                Decision.Reject => r.Reject(form.RejectionReason, now),
                _ => null,
            };
            if (refusal is not null)
            {
                errors.Add(refusal);
            }

            if (errors.Count > 0)
            {
                return new(true, errors, null);
            }

            r.UpdatedAt = now;
            // The version the officer saw is the one the UPDATE checks, so a save in between is caught by the database too.
            db.Entry(r).Property(x => x.Version).OriginalValue = form.Version;
            audit.Record(form.Action == Decision.Save ? "Review" : form.Action.ToString(), nameof(Recommendation), r.Id, before, ReviewRules.Snap(r) with { Version = form.Version + 1 });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                var current = await db.Recommendations.AsNoTracking().Include(x => x.Areas).FirstAsync(x => x.Id == form.Id, cancellationToken);
                return new(true, [], ReviewRules.Snap(current));
            }

            return new(true, [], null);
        }
    }
}
