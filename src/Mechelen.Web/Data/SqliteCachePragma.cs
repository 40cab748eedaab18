using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mechelen.Web.Data;

/// <summary>
/// Sets the page cache, the busy timeout and <c>synchronous = NORMAL</c> on each SQLite connection; the
/// default 2 MB cache makes facet counts over large tables re-read pages from the OS on every request, and
/// in WAL mode (set once on the file by <see cref="DatabaseInitializer"/>) NORMAL syncs at checkpoints
/// rather than at every commit: a commit survives a crash of the app, and at worst the last commits are
/// lost to a power cut, never the file's consistency. The settings belong to the
/// native connection, which the driver's pool keeps open between requests, so they are sent once per
/// native connection rather than on every open. (Foreign keys are in the connection string, which the
/// driver applies on every open.)
/// </summary>
public sealed class SqliteCachePragma(int cacheKiB) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA cache_size = -{cacheKiB}; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSettings(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.ExecuteNonQuery();
            _configured.AddOrUpdate(handle, handle);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (NeedsSettings(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _configured.AddOrUpdate(handle, handle);
        }
    }

    // The native handle outlives the pooled SqliteConnection objects that borrow it; without one (another driver) always send.
    private bool NeedsSettings(DbConnection connection, out object handle)
    {
        handle = (connection as SqliteConnection)?.Handle ?? new object();
        return !_configured.TryGetValue(handle, out _);
    }
}
