using System.Data.Common;
using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Data;

/// <summary>
/// Brings the database to the current schema and seed at startup: the embedded SQLite file is created
/// and migrated; a SQL Server database must already carry the schema (see the README), so startup only
/// checks it. Never <c>EnsureCreated</c>.
/// </summary>
public sealed class DatabaseInitializer(
    MechelenDbContext db, IOptions<DatabaseOptions> options, Seeder seeder, DemoAccounts demoAccounts, DemoContentSeeder demo, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var provider = db.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.SqlServer;
        try
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                CreateSqliteFolder();
                // Kept in the file: readers no longer wait for a writer nor block one, and a commit appends to the log.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await SqliteStatistics.RefreshAsync(db, cancellationToken);
            }
            else
            {
                await CheckSqlServerSchemaAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"The database named by ConnectionStrings:{DatabaseOptions.ConnectionStringName} ({provider}) cannot be opened or migrated: {ex.GetBaseException().Message}",
                ex);
        }

        await seeder.SeedAsync(cancellationToken);
        if (seeder.LoadDemoContent)
        {
            await demoAccounts.EnsureAsync(cancellationToken);
        }

        await demo.SeedAsync(cancellationToken);
        logger.LogInformation("Database ready ({Provider})", provider);
    }

    private void CreateSqliteFolder()
    {
        var path = db.Database.GetDbConnection().DataSource;
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private async Task CheckSqlServerSchemaAsync(CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            throw new StartupException(
                $"The SQL Server database named by ConnectionStrings:{DatabaseOptions.ConnectionStringName} cannot be reached: check the server, the database name and the credentials.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            throw new StartupException(
                $"The SQL Server database named by ConnectionStrings:{DatabaseOptions.ConnectionStringName} lacks {pending.Count} migration(s) ({string.Join(", ", pending)}): apply the idempotent script as the README shows.");
        }

        if (options.Value.SqlServerFullText
            && await db.Database.SqlQueryRaw<int>(SqlServerFullTextSearch.IndexCountSql).SingleAsync(cancellationToken) < SqlServerFullTextSearch.IndexCount)
        {
            throw new StartupException(
                $"Database:SqlServerFullText is true but the Recommendations or RecommendationTranslations table has no full-text index: run {SqlServerFullTextSearch.ScriptPath} (shipped with the app) against the database, or set the option to false.");
        }
    }
}
