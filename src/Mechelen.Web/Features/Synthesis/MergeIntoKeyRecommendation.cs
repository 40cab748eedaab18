using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>Selected raw recommendations (from any session) become the sources of a new key recommendation and are marked Merged.</summary>
public static class MergeIntoKeyRecommendation
{
    public sealed class Form
    {
        /// <summary><c>id:version</c> of each source, as ticked in the list.</summary>
        public List<string> Select { get; set; } = [];
        public string? Wording { get; set; }
        public string? AreaCode { get; set; }
        public int? Position { get; set; }
        public KeyRecommendationStatus Status { get; set; }
    }

    public sealed record Source(int Id, int Version, string Text, int SessionId, string SessionTitle, RecommendationStatus Status, IReadOnlyList<string> Areas);

    public sealed record Model(Form Form, IReadOnlyList<Source> Sources, IReadOnlyList<KeyRecommendationDetails.AreaOption> Areas, IReadOnlyList<Message> Errors);

    public sealed class Handler(MechelenDbContext db, AuditLog audit, CurrentUser user, RecommendationScope.Resolver scopes, TimeProvider clock, TaxonomyReader taxonomies)
    {
        /// <summary>The form for the ticked recommendations, the area most of them share chosen.</summary>
        public async Task<Model> PrepareAsync(Form form, IReadOnlyList<Message> errors, CancellationToken cancellationToken)
        {
            var ids = ReviewRules.ParseSelection(form.Select).Keys.ToList();
            var scope = await scopes.GetAsync(cancellationToken);
            var sources = await scope.Visible(db.Recommendations.AsNoTracking()).Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
                .Select(r => new Source(r.Id, r.Version, r.Text, r.SessionId, r.Session.Title, r.Status, r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList()))
                .ToListAsync(cancellationToken);
            var names = await taxonomies.NamesAsync(cancellationToken);
            var areas = KeyRecommendationDetails.AreaOptions(names);
            sources = sources.Select(s => s with { SessionTitle = names.FindSession(s.SessionId)?.Title ?? s.SessionTitle }).ToList();
            form.AreaCode = string.IsNullOrEmpty(form.AreaCode) ? null : form.AreaCode;
            form.AreaCode ??= sources.SelectMany(s => s.Areas).GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            return new Model(form, sources, areas, errors);
        }

        public async Task<SynthesisResult> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var selection = ReviewRules.ParseSelection(form.Select);
            if (selection.Count == 0)
            {
                return SynthesisResult.Refused("Tick at least one recommendation to merge.");
            }

            var (content, error) = await MergeRules.CheckContentAsync(db, form.Wording, form.AreaCode, cancellationToken);
            if (content is null)
            {
                return SynthesisResult.Refused(error!);
            }

            var area = content.Area;

            var ids = selection.Keys.ToList();
            var scope = await scopes.GetAsync(cancellationToken);
            var sources = await scope.Visible(db.Recommendations).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
            var errors = ids.Where(id => sources.All(r => r.Id != id)).Select(id => new Message("Recommendation {0} does not exist.", id)).ToList();
            errors.AddRange(sources.Where(r => r.Version != selection[r.Id]).Select(r => new Message("Recommendation {0} was changed by someone else since you ticked it: reload and check it.", r.Id)));
            errors.AddRange(sources.Select(MergeRules.CannotMerge).OfType<Message>());
            if (sources.Select(r => r.EventId).Distinct().Count() > 1)
            {
                errors.Add(new Message("The recommendations come from different events."));
            }

            if (errors.Count > 0)
            {
                return new SynthesisResult(true, errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var eventId = sources[0].EventId;
            var key = new KeyRecommendation
            {
                EventId = eventId,
                GovernanceAreaId = area.Id,
                Wording = content.Wording,
                Status = form.Status,
                CreatedByName = user.Name,
                CreatedAt = now,
                UpdatedAt = now,
            };
            var siblings = await MergeRules.SiblingsAsync(db, eventId, area.Id, null, cancellationToken);
            MergeRules.Place(siblings, key, form.Position ?? siblings.Count + 1);
            db.KeyRecommendations.Add(key);
            var before = sources.ToDictionary(r => r.Id, r => new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, null));
            foreach (var r in sources)
            {
                MergeRules.MarkMerged(r, now);
                db.Entry(r).Property(x => x.Version).OriginalValue = selection[r.Id];
                key.Sources.Add(new KeyRecommendationSource { Recommendation = r, AddedAt = now });
            }

            // The key recommendation's id is needed by its audit entries: two saves, one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return SynthesisResult.Refused("Some of these recommendations were changed by someone else just now: reload and try again.");
            }

            audit.Record("Create", nameof(KeyRecommendation), key.Id, null, MergeRules.Snap(key, area.Code));
            foreach (var r in sources)
            {
                audit.Record("Merge", nameof(Recommendation), r.Id, before[r.Id], new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, key.Id));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new SynthesisResult(true, [], Id: key.Id);
        }
    }
}
