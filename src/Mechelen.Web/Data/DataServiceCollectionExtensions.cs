using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Search;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context for the configured provider. The provider and connection string are checked
    /// here, before anything is built, so a wrong setting stops startup with one sentence naming it.
    /// </summary>
    public static WebApplicationBuilder AddMechelenData(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var connectionString = ResolveConnectionString(database.Provider, configuration, builder.Environment.ContentRootPath);

        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        // Pooled contexts: a request reuses a reset context instead of building one (the context holds no per-request state).
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            builder.Services.AddSingleton(new SqliteCachePragma(database.SqliteCacheKiB));
            builder.Services.AddSingleton<SqliteWriteGate>();
            builder.Services.AddDbContextPool<MechelenDbContext, SqliteMechelenDbContext>((sp, options) =>
                sp.GetRequiredService<SqliteWriteGate>().Attach(
                    options.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<SqliteCachePragma>())));
            builder.Services.AddScoped<IRecommendationTextSearch, SqliteRecommendationTextSearch>();
            builder.Services.AddHostedService<SqliteStatistics>();
        }
        else
        {
            builder.Services.AddDbContextPool<MechelenDbContext, SqlServerMechelenDbContext>(options =>
                options.UseSqlServer(connectionString));
            if (database.SqlServerFullText)
            {
                builder.Services.AddScoped<IRecommendationTextSearch, SqlServerFullTextSearch>();
            }
            else
            {
                builder.Services.AddScoped<IRecommendationTextSearch, SqlServerRecommendationTextSearch>();
            }
        }

        // Keys in the database: a restart or a second instance keeps cookies and half-filled forms valid.
        builder.Services.AddDataProtection().SetApplicationName("Mechelen").PersistKeysToDbContext<MechelenDbContext>();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddScoped<Seeder>();
        builder.Services.AddScoped<DemoAccounts>();
        builder.Services.AddScoped<DemoContentSeeder>();
        return builder;
    }

    internal static string ResolveConnectionString(string provider, IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var builder = new SqliteConnectionStringBuilder(
                    string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqliteConnectionString : configured);
                if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
                {
                    builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
                }

                // The driver applies this on every open, so no pooled connection can keep foreign keys off.
                builder.ForeignKeys ??= true;

                return builder.ToString();
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(configured))
                {
                    throw new StartupException(
                        $"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty: set it to the SQL Server connection string.");
                }

                return configured;
            default:
                throw new StartupException(
                    $"Database:Provider '{provider}' is not supported: set it to '{DatabaseProvider.Sqlite}' (the default) or '{DatabaseProvider.SqlServer}'.");
        }
    }
}
