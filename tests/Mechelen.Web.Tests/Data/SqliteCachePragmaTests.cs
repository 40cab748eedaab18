using Mechelen.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Mechelen.Web.Tests.Data;

public sealed class SqliteCachePragmaTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"mechelen-pragma-{Guid.NewGuid():N}.db");

    private SqliteMechelenDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqliteMechelenDbContext>()
            .UseSqlite($"Data Source={_path}")
            .AddInterceptors(Pragma)
            .Options);

    private SqliteCachePragma Pragma { get; } = new(12_345);

    private static async Task<long> ReadAsync(MechelenDbContext db, string pragma)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task EveryConnection_GetsTheCacheAndBusyTimeout()
    {
        await using var db = CreateContext();
        await db.Database.OpenConnectionAsync();

        Assert.Equal(-12_345, await ReadAsync(db, "cache_size"));
        Assert.Equal(5000, await ReadAsync(db, "busy_timeout"));
    }

    [Fact]
    public async Task APooledNativeConnection_IsConfiguredOnceNotOnEveryOpen()
    {
        await using (var first = CreateContext())
        {
            await first.Database.OpenConnectionAsync();
            Assert.Equal(-12_345, await ReadAsync(first, "cache_size"));

            // Changed behind the interceptor's back: if the settings were sent again on the next open, this would be undone.
            await using var command = first.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA cache_size = -2000";
            await command.ExecuteNonQueryAsync();
            await first.Database.CloseConnectionAsync();
        }

        await using var second = CreateContext();
        await second.Database.OpenConnectionAsync();
        Assert.Equal(-2000, await ReadAsync(second, "cache_size"));
    }

    [Fact]
    public async Task ForeignKeys_AreOnAtEveryOpen_EvenAfterAConnectionTurnedThemOff()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["ConnectionStrings:Mechelen"] = $"Data Source={_path}" }).Build();
        var connectionString = DataServiceCollectionExtensions.ResolveConnectionString(DatabaseProvider.Sqlite, configuration, Path.GetTempPath());

        async Task<long> OpenAndReadAsync(bool turnOff)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            if (turnOff)
            {
                command.CommandText = "PRAGMA foreign_keys = OFF";
                await command.ExecuteNonQueryAsync();
            }

            command.CommandText = "PRAGMA foreign_keys";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        Assert.Equal(0, await OpenAndReadAsync(turnOff: true));
        Assert.Equal(1, await OpenAndReadAsync(turnOff: false));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
