using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Mechelen.Web.Search;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.CycleSearch;

/// <summary>
/// One search over every event of the cycle: how many recommendations each event has with the words (each
/// count leading to that event's list with the same words) and the newest of them, a page at a time. What a
/// reader sees is the same rule as the list's (a draft is its author's alone; a rapporteur sees their own and
/// what was validated in their sessions).
/// </summary>
public static class SearchAllEvents
{
    public const int PageSize = 25;
    public const int MaxQueryLength = 500;

    public sealed record EventCount(string Code, string Name, DateOnly StartDate, int Count);

    public sealed record Hit(int Id, string EventCode, string EventName, string SessionTitle, string Text, RecommendationStatus Status, RecommendationLanguage Language);

    public sealed record Model(string? Query, IReadOnlyList<Message> Messages, int Total, IReadOnlyList<EventCount> Events, IReadOnlyList<Hit> Hits, int Page)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

        public bool Searched => Query is not null && Messages.Count == 0;
    }

    public sealed class Handler(MechelenDbContext db, IRecommendationTextSearch search, RecommendationScope.Resolver scopes, TaxonomyReader taxonomies, FiguresCache cache)
    {
        public async Task<Model> HandleAsync(string? query, int page, CancellationToken cancellationToken)
        {
            var words = query?.Trim();
            if (string.IsNullOrEmpty(words))
            {
                return new Model(null, [], 0, [], [], 1);
            }

            if (words.Length > MaxQueryLength)
            {
                return new Model(words, [new Message("The search is too long: at most {0} characters.", MaxQueryLength)], 0, [], [], 1);
            }

            if (SearchTerms.Words(words).Count == 0)
            {
                return new Model(words, [new Message("Type at least one word to search for.")], 0, [], [], 1);
            }

            var stamps = await FiguresCache.StampsAsync(db, cancellationToken);
            var stamp = stamps.Recommendations;
            var names = await taxonomies.NamesAsync(stamps.Taxonomy, Cultures.Current, cancellationToken);
            var scope = await scopes.GetAsync(cancellationToken);
            // An index that catches up after the commit would have its lag cached under the new stamp until the next write.
            Task<T> FigureAsync<T>(string key, Func<Task<T>> create) =>
                search.FindsWritesAtOnce ? cache.GetOrCreateAsync(stamp, $"cycle-search|{scope.CacheKey}|{key}", create) : create();

            var matching = search.Matching(words);
            var visible = scope.Visible(db.Recommendations.AsNoTracking()).Where(r => matching.Contains(r.Id));
            var perEvent = await FigureAsync($"counts|{words}", () =>
                visible.GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken));
            var events = names.Events.Where(e => perEvent.ContainsKey(e.Id))
                .Select(e => new EventCount(e.Code, e.Name, e.StartDate, perEvent[e.Id])).ToList();
            var total = events.Sum(e => e.Count);

            // A page past either end shows the nearest one, as the list does.
            page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));

            // Newest first: ids grow with capture, so the order needs no other column.
            var rows = await FigureAsync($"rows|{page}|{words}", () =>
                visible.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize)
                    .Select(r => new { r.Id, r.EventId, r.SessionId, r.Text, r.Status, r.Language })
                    .ToListAsync(cancellationToken));
            var hits = rows.Select(r =>
            {
                var ev = names.FindEvent(r.EventId);
                return new Hit(r.Id, ev?.Code ?? "", ev?.Name ?? "", names.FindSession(r.SessionId)?.Title ?? "", r.Text, r.Status, r.Language);
            }).ToList();
            return new Model(words, [], total, events, hits, page);
        }
    }
}
