using Mechelen.Reports;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;
using Mechelen.Web.Data;
using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Tests.Reports;

public sealed class DemoContentTests
{
    private static Task<int[]> CountsAsync(MechelenAppFactory factory) => factory.WithDbAsync(async db => new[]
    {
        await db.Recommendations.CountAsync(), await db.KeyRecommendations.CountAsync(), await db.KeyRecommendationSources.CountAsync(),
        await db.Recommendations.CountAsync(r => r.Status == RecommendationStatus.Validated || r.Status == RecommendationStatus.Merged),
        await db.Recommendations.Select(r => r.Language).Distinct().CountAsync(),
    });

    [Fact]
    public async Task DemoContent_LoadsOnce_AndMakesAMeaningfulReport()
    {
        using var first = new MechelenAppFactory().WithSetting("Seeding:LoadDemoContent", "true");
        first.CreateClient();
        var counts = await CountsAsync(first);
        Assert.Equal([60, 9, 27, 50, 3], counts);

        // Each area's key recommendations are numbered 1, 2, … within that area.
        var orders = await first.WithDbAsync(db => db.KeyRecommendations.Select(k => new { k.GovernanceAreaId, k.Order }).ToListAsync());
        Assert.All(orders.GroupBy(k => k.GovernanceAreaId), area => Assert.Equal(Enumerable.Range(1, area.Count()), area.Select(k => k.Order).Order()));

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var report = (await scope.ServiceProvider.GetRequiredService<OutcomeReportService>()
                .BuildAsync(new ReportScope("mechelen-2017"), ReportText.English, CancellationToken.None)).Report!;
            Assert.Equal(8, report.KeyMessages.Count);
            Assert.Equal(50, report.Annex.Count);
            Assert.All(report.Sessions.Where(s => s.Title.StartsWith("What are", StringComparison.Ordinal)), s => Assert.NotEmpty(s.KeyRecommendationNumbers));
        }

        using var second = new MechelenAppFactory()
            .WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}")
            .WithSetting("Seeding:LoadDemoContent", "true");
        second.CreateClient();
        Assert.Equal(counts, await CountsAsync(second));
    }

    [Fact]
    public async Task DemoContent_IsNotLoadedOutsideDevelopmentByDefault()
    {
        using var factory = new MechelenAppFactory();
        factory.CreateClient();
        Assert.Equal(0, (await CountsAsync(factory))[0]);
    }

    [Theory]
    [InlineData("\"sources\": [\"m26\", \"m27\"]", "\"sources\": [\"m26\", \"v01\"]",
        "Seed file recommendations.json is malformed at $.keyRecommendations[8].sources: expected codes of Merged recommendations, found 'v01'.")]
    [InlineData("\"session\": \"gd-gcm-key-elements\"", "\"session\": \"gd-nowhere\"",
        "Seed file recommendations.json is malformed at $.recommendations[0].session: expected one of")]
    [InlineData("\"minute\": 6,", "\"minute\": \"six\",", "Seed file recommendations.json is malformed at $.recommendations[0].minute")]
    public async Task MalformedDemoFile_FailsWithTheFileAndPath(string find, string replace, string message)
    {
        using var factory = new MechelenAppFactory();
        factory.CreateClient();
        var folder = Path.Combine(factory.Folder, "seeds");
        Directory.CreateDirectory(Path.Combine(folder, DemoContentSeeder.DemoFolder));
        var source = Path.Combine(AppContext.BaseDirectory, "seeds", DemoContentSeeder.DemoFolder, DemoContentSeeder.RecommendationsFile);
        var json = await File.ReadAllTextAsync(source);
        Assert.Contains(find, json, StringComparison.Ordinal);
        var index = json.IndexOf(find, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, DemoContentSeeder.DemoFolder, DemoContentSeeder.RecommendationsFile),
            json[..index] + replace + json[(index + find.Length)..]);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var options = Options.Create(new SeedOptions { Path = folder, LoadDemoContent = true });
        var seeder = new Seeder(db, options, scope.ServiceProvider.GetRequiredService<IHostEnvironment>(), NullLogger<Seeder>.Instance);
        var demo = new DemoContentSeeder(db, seeder, TimeProvider.System, NullLogger<DemoContentSeeder>.Instance);

        var error = await Assert.ThrowsAsync<StartupException>(() => demo.SeedAsync());
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Recommendations.CountAsync());
    }
}
