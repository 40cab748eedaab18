using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests;

public sealed class StartupErrorTests
{
    private static Dictionary<string, string?> FreshDatabase() =>
        new() { ["ConnectionStrings__Mechelen"] = $"Data Source={Path.Combine(Directory.CreateTempSubdirectory("mechelen-db-").FullName, "m.db")}" };

    [Fact]
    public void MalformedSeed_NamesFilePathAndExpectation()
    {
        var folder = SeedCopy.Create();
        var file = Path.Combine(folder, "taxonomy.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"clusters\": [1, 3]", "\"clusters\": [\"one\", 3]", StringComparison.Ordinal));

        var error = Assert.Throws<StartupException>(() => SeedReader.Read<TaxonomySeed>(file));

        Assert.StartsWith("Seed file taxonomy.json is malformed at $.areas[0].clusters[0]", error.Message);
        Assert.Contains("Int32", error.Message);
    }

    [Fact]
    public void UnknownClusterInSeed_IsReportedWithItsPath()
    {
        var folder = SeedCopy.Create();
        var file = Path.Combine(folder, "taxonomy.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"clusters\": [6, 4]", "\"clusters\": [6, 9]", StringComparison.Ordinal));
        var seed = SeedReader.Read<TaxonomySeed>(file);

        var error = Assert.Throws<StartupException>(() => TaxonomyValidator.Validate(seed, "taxonomy.json"));

        Assert.Equal("Seed file taxonomy.json is malformed at $.areas[1].clusters[1]: expected one of the cluster numbers 1, 2, 3, 4, 5, 6, found 9.", error.Message);
    }

    [Fact]
    public void SessionOutsideTheEventDates_IsReported()
    {
        var folder = SeedCopy.Create();
        var file = Path.Combine(folder, "events", "mechelen-2017.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"date\": \"2017-11-17\"", "\"date\": \"2017-11-18\"", StringComparison.Ordinal));
        var seed = SeedReader.Read<EventSeed>(file);

        var error = Assert.Throws<StartupException>(() => EventValidator.Validate(seed, "mechelen-2017.json"));

        Assert.Contains("at $.sessions[4].date: expected a date within the event", error.Message);
    }

    [Fact]
    public async Task BrokenSeedJson_StopsStartup_WithOneClearSentence()
    {
        var folder = SeedCopy.Create();
        var file = Path.Combine(folder, "events", "mechelen-2017.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"start\": \"09:00\"", "\"start\": \"nine\"", StringComparison.Ordinal));
        var environment = FreshDatabase();
        environment["Seeding__Path"] = folder;

        var result = await AppProcess.RunAsync(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Mechelen cannot start: Seed file mechelen-2017.json is malformed at $.sessions[0].start", result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task UnknownProvider_StopsStartup_NamingTheSetting()
    {
        var environment = FreshDatabase();
        environment["Database__Provider"] = "Oracle";

        var result = await AppProcess.RunAsync(environment);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Mechelen cannot start: Database:Provider 'Oracle' is not supported: set it to 'Sqlite' (the default) or 'SqlServer'.", result.Error.Trim());
    }

    [Fact]
    public async Task SqlServerWithoutConnectionString_StopsStartup_NamingTheSetting()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string?> { ["Database__Provider"] = "SqlServer" });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Mechelen cannot start: Database:Provider is SqlServer but ConnectionStrings:Mechelen is empty: set it to the SQL Server connection string.", result.Error.Trim());
    }

    [Fact]
    public async Task UnreachableSqlServer_StopsStartup_NamingTheSetting()
    {
        var result = await AppProcess.RunAsync(new Dictionary<string, string?>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Mechelen"] = "Server=127.0.0.1,1;Database=Mechelen;User Id=sa;Password=unused;Connect Timeout=2;TrustServerCertificate=true",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Mechelen cannot start: The SQL Server database named by ConnectionStrings:Mechelen cannot be reached", result.Error.Trim());
    }

    [Fact]
    public async Task UnusableSqliteLocation_StopsStartup_NamingTheSetting()
    {
        var blocker = Path.GetTempFileName();
        var result = await AppProcess.RunAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings__Mechelen"] = $"Data Source={Path.Combine(blocker, "sub", "m.db")}",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Mechelen cannot start: The database named by ConnectionStrings:Mechelen (Sqlite) cannot be opened or migrated", result.Error.Trim());
    }
}
