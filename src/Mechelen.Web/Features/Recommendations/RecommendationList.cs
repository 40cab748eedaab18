using Mechelen.Web.Data;
using Mechelen.Web.Features.Recommendations.Export;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations;

/// <summary>The officers' list: one page of the filter's rows, the facets with their counts, and what was wrong with the URL.</summary>
public static class RecommendationList
{
    public sealed record Model(
        FilterTaxonomy Taxonomy, RecommendationFilter Filter, IReadOnlyList<Message> Messages, int Total,
        IReadOnlyList<RecommendationRow> Rows, IReadOnlyList<RecommendationFacets.Facet> Facets)
    {
        /// <summary>The recommendations' stamp this page was read at.</summary>
        public long Stamp { get; init; }

        /// <summary>
        /// What this page shows, under <see cref="Stamp"/>: a page with the same key shows the same (see <see cref="Infrastructure.KeptPage"/>).
        /// Null when it cannot be kept: a message about the address, or a search that catches up after the commit.
        /// </summary>
        public string? PageKey { get; init; }

        public int Pages => Math.Max(1, (Total + Filter.PageSize - 1) / Filter.PageSize);
    }

    public sealed class Handler(
        MechelenDbContext db, RecommendationRows rows, RecommendationFacets.Handler facets, FiguresCache cache,
        IRecommendationTextSearch search, RecommendationScope.Resolver scopes, TaxonomyReader taxonomies, FacetSnapshots snapshots,
        TextMatches matches)
    {
        /// <summary>Null when the filter names an event that does not exist.</summary>
        public async Task<Model?> HandleAsync(RecommendationFilter filter, IEnumerable<Message> bindingErrors, CancellationToken cancellationToken)
        {
            var stamps = await FiguresCache.StampsAsync(db, cancellationToken);
            var stamp = stamps.Recommendations;
            // Rows and facets carry names, so they are kept per language; counts are the same in every language. The names
            // are kept under the taxonomy's stamp: saving a recommendation does not move it.
            var language = Cultures.Current;
            var taxonomy = await cache.GetOrCreateAsync(stamps.Taxonomy, $"filter-taxonomy|{language}|{filter.Event}",
                async () => FilterTaxonomy.For(await taxonomies.NamesAsync(stamps.Taxonomy, language, cancellationToken), filter.Event));
            if (taxonomy is null)
            {
                return null;
            }

            // An index that catches up after the commit would have its lag cached under the new stamp until the next write.
            var cacheable = !filter.HasText || search.FindsWritesAtOnce;
            Task<T> FigureAsync<T>(string key, Func<Task<T>> create, Func<T, long>? size = null) =>
                cacheable ? cache.GetOrCreateAsync(stamp, key, create, size) : create();

            var messages = bindingErrors.Concat(filter.Normalize()).Concat(taxonomy.RemoveUnknown(filter)).ToList();

            // What a reader sees depends on who they are (someone's drafts are theirs alone), so the scope is part of every key.
            var scope = await scopes.GetAsync(cancellationToken);
            var figuresKey = $"{scope.CacheKey}|{taxonomy.Event.Id}|{filter.ToQueryString(includePaging: false)}";
            // The total and every facet count come from one read, the same in every language.
            // The event's facet columns held in memory, and the ids a text matches (searched once), answer the counts and pick the
            // page: read once, when a figure is not cached. Not with a search that catches up after the commit (the snapshot would
            // hold rows the search does not find yet), nor on a database without the change log.
            Task<FacetSnapshots.Held?>? held = null;
            Task<FacetSnapshots.Held?> HeldAsync() => held ??= ReadHeldAsync();
            async Task<FacetSnapshots.Held?> ReadHeldAsync()
            {
                if (!cacheable || await snapshots.GetAsync(db, taxonomy.Event.Id, stamp, cancellationToken) is not { } snapshot)
                {
                    return null;
                }

                return snapshot.With(filter.HasText ? await matches.MatchingAsync(db, search, taxonomy.Event.Id, filter.Q!, cancellationToken) : null);
            }

            var counts = await FigureAsync("counts|" + figuresKey, () => facets.CountAsync(filter, taxonomy, scope, cancellationToken, HeldAsync));
            var total = counts.Total;
            var lastPage = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
            if (filter.Page > lastPage)
            {
                messages.Add(new Message("Page {0} is past the end; showing page {1}.", filter.Page, lastPage));
                filter.Page = lastPage;
            }

            // The page itself is cached like the figures: the same stamp means the same rows.
            var rowsKey = $"rows|{scope.CacheKey}|{language}|{taxonomy.Event.Id}|{filter.ToQueryString()}";
            var page = await FigureAsync(rowsKey,
                async () => filter.Sort == RecommendationSort.Newest && await HeldAsync() is { } rowsHeld
                    ? await rows.ByIdsAsync(
                        rowsHeld.Snapshot.Page(new FacetMatch(filter, taxonomy, untranslated: true), scope, rowsHeld.Matching, (filter.Page - 1) * filter.PageSize, filter.PageSize),
                        filter, taxonomy, scope, cancellationToken)
                    : await rows.ListAsync(filter, taxonomy, scope, paged: true, cancellationToken), RecommendationRows.CacheSize);
            var facetList = await FigureAsync($"facets|{language}|{figuresKey}",
                () => Task.FromResult(RecommendationFacets.Handler.Build(counts, filter, taxonomy)));
            return new Model(taxonomy, filter, messages, total, page, facetList)
            {
                Stamp = stamp,
                // The rows' key names the reader, language, event and the whole filter; the facets' and names' follow from it and the taxonomy's stamp.
                PageKey = cacheable && messages.Count == 0 ? $"{stamps.Taxonomy}|{rowsKey}" : null,
            };
        }
    }
}
