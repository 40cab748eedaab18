using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
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

        /// <summary>The source whose text the wording starts from.</summary>
        public int? From { get; set; }

        /// <summary>Words to find more sources by.</summary>
        public string? Q { get; set; }
    }

    public sealed record Source(
        int Id, int Version, string Text, int SessionId, string SessionTitle, RecommendationStatus Status, IReadOnlyList<string> Areas,
        RecommendationLanguage Language, GovernanceLevels Levels, ActorGroups Actors);

    /// <summary>
    /// The merge page: the sources side by side, the area most of them share and the addressees they name (which the
    /// report gives the key recommendation), and what a search for more sources found.
    /// </summary>
    public sealed record Model(
        Form Form, IReadOnlyList<Source> Sources, IReadOnlyList<KeyRecommendationDetails.AreaOption> Areas, IReadOnlyList<Message> Errors)
    {
        public FilterTaxonomy? Taxonomy { get; init; }
        public IReadOnlyList<SourceCandidates.Candidate> Candidates { get; init; } = [];

        /// <summary>Levels and actors of all the sources together: the addressees the key recommendation will carry.</summary>
        public GovernanceLevels Levels => Sources.Aggregate(GovernanceLevels.None, (m, s) => m | s.Levels);
        public ActorGroups Actors => Sources.Aggregate(ActorGroups.None, (m, s) => m | s.Actors);
    }

    public sealed class Handler(
        MechelenDbContext db, AuditLog audit, CurrentUser user, RecommendationScope.Resolver scopes, TimeProvider clock, TaxonomyReader taxonomies,
        IRecommendationTextSearch search)
    {
        /// <summary>
        /// The form for the ticked recommendations (or, when none is ticked, those in the basket): the area most of them
        /// share chosen, the wording started from the chosen source (the first one unless the officer picks another).
        /// </summary>
        public async Task<Model> PrepareAsync(Form form, IReadOnlyList<Message> errors, CancellationToken cancellationToken, IReadOnlyList<int>? basket = null)
        {
            var selection = ReviewRules.ParseSelection(form.Select);
            var ids = selection.Count > 0 ? selection.Keys.ToList() : [.. basket ?? []];
            var scope = await scopes.GetAsync(cancellationToken);
            var sources = await scope.Visible(db.Recommendations.AsNoTracking()).Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
                .Select(r => new Source(r.Id, r.Version, r.Text, r.SessionId, r.Session.Title, r.Status, r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList(),
                    r.Language, r.Levels, r.Actors))
                .ToListAsync(cancellationToken);
            var names = await taxonomies.NamesAsync(cancellationToken);
            var areas = KeyRecommendationDetails.AreaOptions(names);
            sources = sources.Select(s => s with { SessionTitle = names.FindSession(s.SessionId)?.Title ?? s.SessionTitle }).ToList();
            form.AreaCode = string.IsNullOrEmpty(form.AreaCode) ? null : form.AreaCode;
            form.AreaCode ??= sources.SelectMany(s => s.Areas).GroupBy(a => a).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            form.From = sources.Any(s => s.Id == form.From) ? form.From : sources.FirstOrDefault()?.Id;
            if (string.IsNullOrWhiteSpace(form.Wording))
            {
                form.Wording = sources.FirstOrDefault(s => s.Id == form.From)?.Text;
            }

            var eventId = sources.Count > 0
                ? await db.Recommendations.Where(r => r.Id == sources[0].Id).Select(r => r.EventId).FirstAsync(cancellationToken)
                : names.FindEvent(null)?.Id;
            var ev = eventId is int id ? names.Events.FirstOrDefault(e => e.Id == id) : null;
            return new Model(form, sources, areas, errors)
            {
                Taxonomy = FilterTaxonomy.For(names, ev?.Code),
                Candidates = eventId is int found
                    ? await SourceCandidates.FindAsync(db, search, scope, names, found, form.Q, sources.Select(s => s.Id).ToList(), cancellationToken)
                    : [],
            };
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
            errors.AddRange(sources.Select(r => r.Refusal(RecommendationAction.Merge)).OfType<Message>());
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
            KeyRecommendationNumbering.Place(siblings, key, form.Position ?? siblings.Count + 1);
            db.KeyRecommendations.Add(key);
            var before = sources.ToDictionary(r => r.Id, r => new MergeRules.SourceState(r.Status, r.StatusBeforeMerge, null));
            foreach (var r in sources)
            {
                r.Merge(now);
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
