using System.Runtime.CompilerServices;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Recommendations.Export;

/// <summary>
/// One recommendation with every field, as the list, the exports, the read API and the report annex show it.
/// <see cref="CapturedBy"/> and <see cref="RejectionReason"/> are null where the reader's scope does not disclose them.
/// </summary>
public sealed record RecommendationRow(
    int Id, string EventCode, int SessionId, string SessionTitle, DateTime SessionStartsAt,
    IReadOnlyList<string> AreaCodes, IReadOnlyList<string> Areas, IReadOnlyList<int> Clusters,
    IReadOnlyList<string> Levels, IReadOnlyList<string> Actors, RecommendationLanguage Language,
    RecommendationStatus Status, string? RejectionReason, int? KeyRecommendationId, string? CapturedBy,
    DateTime CreatedAt, DateTime UpdatedAt, string Text, string? Rationale, int Version)
{
    /// <summary>The <c>area.n</c> of the key recommendation it was merged into, as the report numbers it.</summary>
    public string? KeyRecommendationNumber { get; init; }
}

/// <summary>A key recommendation with its sources, for the exports and the read API.</summary>
public sealed record KeyRecommendationRow(
    int Id, string AreaCode, string Area, int Order, KeyRecommendationStatus Status, string Wording,
    IReadOnlyList<int> SourceIds, IReadOnlyList<string> SourceSessions, DateTime UpdatedAt)
{
    /// <summary>Its <c>area.n</c>, as the report numbers it (null for a draft left out of a final report).</summary>
    public string? Number { get; init; }
}

/// <summary>
/// The rows of a filter, in the filter's order: the one read that the list page, every export and the
/// API go through, so they cannot disagree about which recommendations match. Every read is within the
/// reader's <see cref="RecommendationScope"/>.
/// </summary>
public sealed class RecommendationRows(MechelenDbContext db, IRecommendationTextSearch search)
{
    public async Task<int> CountAsync(RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken) =>
        await filter.Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope).CountAsync(cancellationToken);

    /// <summary>The filter's rows, named in <paramref name="taxonomy"/>'s language; only the current page when <paramref name="paged"/>.</summary>
    /// <remarks>One statement: the filter (with its full-text match) runs once, and each row's areas come from its area mask.</remarks>
    public async Task<List<RecommendationRow>> ListAsync(
        RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, bool paged, CancellationToken cancellationToken)
    {
        var filtered = filter.Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope);
        IQueryable<Recommendation> query = RecommendationFilter.Order(filtered, filter.Sort);
        if (paged)
        {
            query = query.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize);
        }

        return await RowsAsync(await Project(query).ToListAsync(cancellationToken), taxonomy, scope, cancellationToken);
    }

    /// <summary>
    /// The rows with these ids, in this order, that still match the filter's facets: a page picked from the list's facet
    /// snapshot (<see cref="FacetSnapshots"/>), read by id; a row changed since the snapshot so that it no longer matches is
    /// left out. The text is not matched again: the ids were picked among those it matched.
    /// </summary>
    public async Task<List<RecommendationRow>> ByIdsAsync(
        IReadOnlyList<int> ids, RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var query = filter.Copy(f => f.Q = null).Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope).Where(r => ids.Contains(r.Id));
        var order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var raw = (await Project(query).ToListAsync(cancellationToken)).OrderBy(r => order[r.Id]).ToList();
        return await RowsAsync(raw, taxonomy, scope, cancellationToken);
    }

    private async Task<List<RecommendationRow>> RowsAsync(List<RawRow> raw, FilterTaxonomy taxonomy, RecommendationScope scope, CancellationToken cancellationToken)
    {
        if (raw.Count == 0)
        {
            return [];
        }

        var numbers = raw.Any(r => r.KeyId is not null)
            ? await KeyNumbers.OfEventAsync(db, taxonomy.Event.Id, cancellationToken)
            : new Dictionary<int, string>();
        var sessions = taxonomy.Sessions.ToDictionary(s => s.Id);
        return raw.Select(r => r.ToRow(taxonomy, sessions, numbers, scope)).ToList();
    }

    /// <summary>
    /// The filter's rows, unpaged, read one at a time from the database as the caller consumes them, so an export of a
    /// whole cycle holds one row in memory rather than all of them (the key numbers of the event are read first).
    /// </summary>
    public async IAsyncEnumerable<RecommendationRow> StreamAsync(
        RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var numbers = await KeyNumbers.OfEventAsync(db, taxonomy.Event.Id, cancellationToken);
        var sessions = taxonomy.Sessions.ToDictionary(s => s.Id);
        var query = RecommendationFilter.Order(filter.Apply(db.Recommendations.AsNoTracking(), taxonomy, search, scope), filter.Sort);
        await foreach (var raw in Project(query).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return raw.ToRow(taxonomy, sessions, numbers, scope);
        }
    }

    private static IQueryable<RawRow> Project(IQueryable<Recommendation> query) => query.Select(r => new RawRow(
        r.Id, r.SessionId, r.Levels, r.Actors, r.Language, r.Status, r.RejectionReason,
        r.KeySources.Select(k => (int?)k.KeyRecommendationId).FirstOrDefault(),
        r.CapturedById, r.CapturedByName, r.CreatedAt, r.UpdatedAt, r.Text, r.Rationale, r.Version, r.AreaMask));

    /// <summary>Roughly how many kilobytes a list of rows holds, for <see cref="Infrastructure.FiguresCache"/>.</summary>
    public static long CacheSize(IReadOnlyList<RecommendationRow> rows) =>
        1 + rows.Sum(r => (long)r.Text.Length + (r.Rationale?.Length ?? 0) + 512) / 512;

    /// <summary>Key recommendations with at least one source among the filter's recommendations, by area order then their own order.</summary>
    public IQueryable<KeyRecommendation> KeyRecommendations(RecommendationFilter filter, FilterTaxonomy taxonomy, RecommendationScope scope)
    {
        var ids = filter.Apply(db.Recommendations, taxonomy, search, scope).Select(r => r.Id);
        return scope.VisibleKeys(db.KeyRecommendations.AsNoTracking())
            .Where(k => k.EventId == taxonomy.Event.Id && k.Sources.Any(s => ids.Contains(s.RecommendationId)))
            .OrderBy(k => k.GovernanceArea.Order).ThenBy(k => k.Order).ThenBy(k => k.Id);
    }

    /// <summary>The key recommendations' rows, with area and session names from <paramref name="taxonomy"/>'s language.</summary>
    public async Task<List<KeyRecommendationRow>> KeyRowsAsync(IQueryable<KeyRecommendation> query, FilterTaxonomy taxonomy, CancellationToken cancellationToken)
    {
        var sessions = taxonomy.Sessions.ToDictionary(s => s.Id, s => s.Title);
        var numbers = await KeyNumbers.OfEventAsync(db, taxonomy.Event.Id, cancellationToken);
        return (await query.Select(k => new
        {
            k.Id,
            AreaCode = k.GovernanceArea.Code,
            k.Order,
            k.Status,
            k.Wording,
            k.UpdatedAt,
            Sources = k.Sources.OrderBy(s => s.RecommendationId).Select(s => new { s.RecommendationId, s.Recommendation.SessionId }).ToList(),
        }).AsSplitQuery().ToListAsync(cancellationToken))
            .Select(k => new KeyRecommendationRow(k.Id, k.AreaCode, taxonomy.AreaNames([k.AreaCode])[0], k.Order, k.Status, k.Wording,
                k.Sources.Select(s => s.RecommendationId).ToList(),
                k.Sources.Select(s => sessions.GetValueOrDefault(s.SessionId, "")).Distinct().ToList(), k.UpdatedAt)
            { Number = numbers.GetValueOrDefault(k.Id) })
            .ToList();
    }

    private sealed record RawRow(
        int Id, int SessionId, GovernanceLevels Levels, ActorGroups Actors, RecommendationLanguage Language, RecommendationStatus Status,
        string? RejectionReason, int? KeyId, string? CapturedById, string? CapturedByName, DateTime CreatedAt, DateTime UpdatedAt,
        string Text, string? Rationale, int Version, long AreaMask)
    {
        public RecommendationRow ToRow(
            FilterTaxonomy taxonomy, Dictionary<int, FilterTaxonomy.SessionInfo> sessions, IReadOnlyDictionary<int, string> numbers, RecommendationScope scope)
        {
            var areas = taxonomy.AreaCodes(GovernanceArea.Ids(AreaMask));
            var disclosed = scope.Discloses(CapturedById);
            var session = sessions.GetValueOrDefault(SessionId);
            return new RecommendationRow(
                Id, taxonomy.Event.Code, SessionId, session?.Title ?? "", session?.StartsAt ?? default,
                areas, taxonomy.AreaNames(areas), taxonomy.ClustersOf(areas),
                taxonomy.Names(Levels), taxonomy.Names(Actors), Language, Status, disclosed ? RejectionReason : null, KeyId,
                disclosed ? CapturedByName : null, CreatedAt, UpdatedAt, Text, Rationale, Version)
            {
                KeyRecommendationNumber = KeyId is int key ? numbers.GetValueOrDefault(key) : null,
            };
        }
    }
}
