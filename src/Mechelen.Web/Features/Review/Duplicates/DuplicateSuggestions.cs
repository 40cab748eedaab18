using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Review.Duplicates;

/// <summary>
/// The event's suggested duplicate groups, for the officers' page and the read API: among the recommendations that
/// can still be merged (submitted or validated), compared in their original wording and their officers' translations,
/// minus the pairs officers dismissed. Cached under the change stamp and
/// the latest dismissal, so the finder runs once per change of the data.
/// </summary>
public static class DuplicateSuggestions
{
    public sealed record Member(
        int Id, int Version, string Text, int SessionId, string SessionTitle, RecommendationLanguage Language, RecommendationStatus Status, IReadOnlyList<string> Areas);

    /// <summary>A group as shown: its notes, its score, and why (concepts in the reader's language, area names, shared words).</summary>
    public sealed record Suggestion(IReadOnlyList<Member> Members, double Score, IReadOnlyList<string> ConceptIds, IReadOnlyList<string> Concepts,
        IReadOnlyList<string> AreaCodes, IReadOnlyList<string> Areas, IReadOnlyList<string> Words);

    public sealed record Model(FilterTaxonomy Taxonomy, IReadOnlyList<Suggestion> Suggestions, int Considered);

    private sealed record Row(
        int Id, int Version, string Text, int SessionId, RecommendationLanguage Language, RecommendationStatus Status, List<string> Areas, List<string> Translations);

    private sealed record Found(List<Row> Rows, IReadOnlyList<DuplicateFinder.Group> Groups);

    public sealed class Handler(MechelenDbContext db, RecommendationScope.Resolver scopes, TaxonomyReader taxonomies, FiguresCache cache)
    {
        /// <summary>Null when there is no such event. Names in <paramref name="language"/> (null: the original wording, as the API gives it).</summary>
        public async Task<Model?> HandleAsync(string? eventCode, string? language, CancellationToken cancellationToken)
        {
            // Both stamps in one read: the names under the taxonomy's, the suggestions under the recommendations'.
            var stamps = await FiguresCache.StampsAsync(db, cancellationToken);
            var names = await taxonomies.NamesAsync(stamps.Taxonomy, language, cancellationToken);
            var taxonomy = FilterTaxonomy.For(names, eventCode);
            if (taxonomy is null)
            {
                return null;
            }

            var eventId = taxonomy.Event.Id;
            var scope = await scopes.GetAsync(cancellationToken);
            var stamp = stamps.Recommendations;
            var (dismissed, last) = await DismissDuplicates.PairsAsync(db, eventId, cancellationToken);
            var found = await cache.GetOrCreateAsync(stamp, $"duplicates|{scope.CacheKey}|{eventId}|{last}", async () =>
            {
                var rows = await scope.Visible(db.Recommendations.AsNoTracking())
                    .Where(r => r.EventId == eventId && (r.Status == RecommendationStatus.Submitted || r.Status == RecommendationStatus.Validated))
                    .OrderBy(r => r.Id)
                    .Select(r => new Row(r.Id, r.Version, r.Text, r.SessionId, r.Language, r.Status, r.Areas.OrderBy(a => a.Order).Select(a => a.Code).ToList(),
                        r.Translations.Select(t => t.Text).ToList()))
                    .ToListAsync(cancellationToken);
                // Officers' translations count as further wordings of the same note: a proposal written in a language the
                // lexicon does not know, or in words it lacks, is found once someone has translated it.
                var groups = DuplicateFinder.Find(rows.Select(r => new DuplicateFinder.Note(r.Id, r.Text, r.Areas, r.Translations)).ToList(), dismissed);
                return new Found(rows, groups);
            }, f => 1 + (f.Rows.Sum(r => (long)r.Text.Length + r.Translations.Sum(t => (long)t.Length) + 128) / 1024));

            var byId = found.Rows.ToDictionary(r => r.Id);
            var lang = language ?? "en";
            var suggestions = found.Groups.Select(g => new Suggestion(
                g.Ids.Select(id => byId[id]).Select(r => new Member(r.Id, r.Version, r.Text, r.SessionId,
                    taxonomy.Sessions.FirstOrDefault(s => s.Id == r.SessionId)?.Title ?? "", r.Language, r.Status, taxonomy.AreaNames(r.Areas))).ToList(),
                g.Score,
                g.Concepts.Select(c => ConceptLexicon.All[c].Id).ToList(),
                g.Concepts.Select(c => ConceptLexicon.All[c].NameIn(lang)).ToList(),
                g.Areas, taxonomy.AreaNames(g.Areas), g.Words)).ToList();
            return new Model(taxonomy, suggestions, found.Rows.Count);
        }
    }
}
