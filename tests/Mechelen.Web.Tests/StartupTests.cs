using Mechelen.Web.Data;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests;

public sealed class StartupTests
{
    private static Task<int[]> CountsAsync(MechelenAppFactory factory) =>
        factory.WithDbAsync(async db => new[]
        {
            await db.Events.CountAsync(), await db.Sessions.CountAsync(), await db.GcmClusters.CountAsync(),
            await db.GovernanceAreas.CountAsync(), await db.TaxonomyLabels.CountAsync(), await db.Roles.CountAsync(),
            await db.Set<Dictionary<string, object>>("GovernanceAreaClusters").CountAsync(),
        });

    [Fact]
    public async Task FirstStart_OnEmptyFolder_MigratesAndSeeds_SecondStartChangesNothing()
    {
        using var first = new MechelenAppFactory();
        Assert.False(File.Exists(first.DatabasePath));
        first.CreateClient();
        Assert.True(File.Exists(first.DatabasePath));
        var counts = await CountsAsync(first);
        Assert.Equal([1, 5, 6, 15, 14, 4], counts[..6]);
        var applied = await first.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(applied);

        using var second = new MechelenAppFactory().WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}");
        second.CreateClient();
        Assert.Equal(counts, await CountsAsync(second));
    }
}
