using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mechelen.Web.Data;

/// <summary>
/// Sets the page cache and WAL-friendly pragmas on each SQLite connection as it opens; the default
/// 2 MB cache makes facet counts over large tables re-read pages from the OS on every request.
/// </summary>
public sealed class SqliteCachePragma(int cacheKiB) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA cache_size = -{cacheKiB}; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
