using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Audit;

/// <summary>Who changed what and when, with the values before and after; filtered by user, entity and date, newest first.</summary>
public static class AuditLogPage
{
    public const int PageSize = 50;

    public sealed class Query
    {
        /// <summary>Part of the user's display name.</summary>
        public string? User { get; set; }
        public string? EntityType { get; set; }
        public string? EntityId { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public int Page { get; set; } = 1;
    }

    public sealed record Model(Query Query, IReadOnlyList<string> EntityTypes, IReadOnlyList<HistoryItem> Entries, int Total, IReadOnlyList<Message> Messages)
    {
        public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    }

    public sealed class Handler(MechelenDbContext db, HistoryPresenter history)
    {
        public async Task<Model> HandleAsync(Query query, IReadOnlyList<Message> bindingErrors, CancellationToken cancellationToken)
        {
            var messages = bindingErrors.ToList();
            if (query.Page < 1)
            {
                query.Page = 1;
            }

            if (query.From is { } f && query.To is { } t && f > t)
            {
                messages.Add(new Message("The start date is after the end date; they were swapped."));
                (query.From, query.To) = (t, f);
            }

            var entries = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.User))
            {
                var user = query.User.Trim();
                entries = entries.Where(a => a.UserName.Contains(user));
            }

            if (!string.IsNullOrWhiteSpace(query.EntityType))
            {
                entries = entries.Where(a => a.EntityType == query.EntityType);
            }

            if (!string.IsNullOrWhiteSpace(query.EntityId))
            {
                entries = entries.Where(a => a.EntityId == query.EntityId.Trim());
            }

            if (query.From is { } from)
            {
                var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                entries = entries.Where(a => a.At >= start);
            }

            if (query.To is { } to)
            {
                var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                entries = entries.Where(a => a.At < end);
            }

            var total = await entries.CountAsync(cancellationToken);
            var list = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .ToListAsync(cancellationToken);
            var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
            return new Model(query, types, await history.PresentAsync(list, null, cancellationToken), total, messages);
        }
    }
}
