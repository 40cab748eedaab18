using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Synthesis;

/// <summary>The synthesis so far: key recommendations of an event grouped by governance area, in their order.</summary>
public static class KeyRecommendationList
{
    public sealed record Item(int Id, int Order, string Wording, KeyRecommendationStatus Status, int Sources, int Sessions)
    {
        /// <summary>Its <c>area.n</c>, as the report numbers it.</summary>
        public string Number { get; init; } = "";
    }

    public sealed record AreaGroup(string Code, string Name, IReadOnlyList<Item> Items);

    public sealed record Model(string EventCode, string EventName, IReadOnlyList<AreaGroup> Areas, int Total, int Final);

    public sealed class Handler(MechelenDbContext db, TaxonomyReader taxonomies)
    {
        public async Task<Model?> HandleAsync(string? eventCode, CancellationToken cancellationToken)
        {
            var ev = await db.Events.AsNoTracking().CodeOrLatest(eventCode)
                .Select(e => new { e.Id, e.Code, e.Name }).FirstOrDefaultAsync(cancellationToken);
            if (ev is null)
            {
                return null;
            }

            var items = await db.KeyRecommendations.AsNoTracking().Where(k => k.EventId == ev.Id)
                .OrderBy(k => k.GovernanceArea.Order).ThenBy(k => k.Order).ThenBy(k => k.Id)
                .Select(k => new
                {
                    k.GovernanceArea.Code,
                    k.GovernanceArea.Name,
                    Item = new Item(k.Id, k.Order, k.Wording, k.Status, k.Sources.Count, k.Sources.Select(s => s.Recommendation.SessionId).Distinct().Count()),
                })
                .ToListAsync(cancellationToken);
            var numbers = await KeyNumbers.OfEventAsync(db, ev.Id, cancellationToken);
            items = items.Select(i => i with { Item = i.Item with { Number = numbers.Label(i.Item.Id) } }).ToList();
            var names = await taxonomies.NamesAsync(cancellationToken);
            string AreaName(string code, string original) => names.Areas.FirstOrDefault(a => a.Code == code)?.Name ?? original;
            var groups = items.GroupBy(i => (i.Code, i.Name)).Select(g => new AreaGroup(g.Key.Code, AreaName(g.Key.Code, g.Key.Name), g.Select(i => i.Item).ToList())).ToList();
            return new Model(ev.Code, names.FindEvent(ev.Id)?.Name ?? ev.Name, groups, items.Count, items.Count(i => i.Item.Status == KeyRecommendationStatus.Final));
        }
    }
}
