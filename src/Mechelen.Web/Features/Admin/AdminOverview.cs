using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>The administration home: events with their sessions, and the governance areas, each linking to its edit page.</summary>
public static class AdminOverview
{
    public sealed record Model(IReadOnlyList<EventRow> Events, IReadOnlyList<AreaRow> Areas, int Users);

    public sealed record EventRow(int Id, string Code, string Name, IReadOnlyList<SessionRow> Sessions);

    public sealed record SessionRow(int Id, string Title, DateTime StartsAt, int Rapporteurs);

    public sealed record AreaRow(int Id, string Code, string Name, int Order);

    public sealed class Handler(MechelenDbContext db)
    {
        public async Task<Model> HandleAsync(CancellationToken cancellationToken)
        {
            var events = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
                .Select(e => new EventRow(e.Id, e.Code, e.Name, e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Order).ThenBy(s => s.Title)
                    .Select(s => new SessionRow(s.Id, s.Title, s.StartsAt, s.Rapporteurs.Count)).ToList()))
                .ToListAsync(cancellationToken);
            var areas = await db.GovernanceAreas.AsNoTracking().OrderBy(a => a.Order).ThenBy(a => a.Name)
                .Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Order)).ToListAsync(cancellationToken);
            return new Model(events, areas, await db.Users.CountAsync(cancellationToken));
        }
    }
}
