using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Auditing;

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

    /// <param name="at">The time of the entry; the entries of one bulk action share it, which is how undo finds them together.</param>
    public AuditEntry Record(string action, string entityType, object entityId, object? before, object? after, DateTime? at = null)
    {
        var entry = new AuditEntry
        {
            At = at ?? clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.Name,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            Before = before is null ? null : ToJson(before),
            After = after is null ? null : ToJson(after),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>The JSON an entry keeps of a value: web casing, enums by name, text unescaped.</summary>
    public static string ToJson(object value) => JsonSerializer.Serialize(value, Json);

    /// <summary>A value read back from an entry's JSON, or null when it does not have that shape.</summary>
    public static T? FromJson<T>(string? json)
        where T : class
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
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
    public const string EventCreate = "event-create";
    public const string SessionCreate = "session-create";
    public const string EventDelete = "event-delete";
    public const string SessionDelete = "session-delete";
}
