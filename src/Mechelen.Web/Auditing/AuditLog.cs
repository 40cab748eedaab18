using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Auditing;

/// <summary>One audit entry as a history list shows it.</summary>
public sealed record HistoryEntry(DateTime At, string UserName, string Action, string? Before, string? After);

/// <summary>
/// Adds an audit entry to the same unit of work as the change it describes, so the entry and the
/// change are saved (or rolled back) together by the caller's one <c>SaveChangesAsync</c>.
/// </summary>
public sealed class AuditLog(MechelenDbContext db, CurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public AuditEntry Record(string action, string entityType, object entityId, object? before, object? after)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.Name,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The audit entries of one entity, oldest first, for its history list.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(MechelenDbContext db, string entityType, object entityId, CancellationToken cancellationToken)
    {
        var key = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key)
            .OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new HistoryEntry(a.At, a.UserName, a.Action, a.Before, a.After))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>
/// The actions of an administrator's edits of the programme and taxonomy. The seeder reads them back to
/// keep the edited wording, so the handlers that write them and the seeder share these names.
/// </summary>
public static class AdminEditActions
{
    public const string EventUpdate = "event-update";
    public const string SessionUpdate = "session-update";
    public const string AreaUpdate = "area-update";
}
