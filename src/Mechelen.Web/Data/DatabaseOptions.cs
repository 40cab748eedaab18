using System.ComponentModel.DataAnnotations;

namespace Mechelen.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Mechelen";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/mechelen.db";

    /// <summary><c>Sqlite</c> (embedded, the default) or <c>SqlServer</c>.</summary>
    [Required]
    [AllowedValues(DatabaseProvider.Sqlite, DatabaseProvider.SqlServer, ErrorMessage = "Database:Provider must be 'Sqlite' or 'SqlServer'.")]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite page cache per pooled connection, in KiB (PRAGMA cache_size = -N).</summary>
    [Range(2_000, 2_000_000)]
    public int SqliteCacheKiB { get; set; } = 64_000;

    /// <summary>
    /// SQL Server only: search through the full-text index that <c>Search/SqlServerFullText.sql</c> creates,
    /// instead of LIKE. Startup stops if the index is missing.
    /// </summary>
    public bool SqlServerFullText { get; set; }
}

public static class DatabaseProvider
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);
}
