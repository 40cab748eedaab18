using System.Globalization;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace Mechelen.Web.Tests;

/// <summary>The thread pool's floor of worker threads, raised at startup because SQLite's queries hold their threads.</summary>
public sealed class ThreadPoolFloorTests
{
    private static IConfiguration Settings(string? value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ThreadPoolFloor.Key] = value }).Build();

    [Fact]
    public void TheApp_AppliesItsSetting_AtStartup()
    {
        ThreadPool.GetMinThreads(out var before, out _);
        var wanted = Math.Max(before, ThreadPoolFloor.Default) + 32;
        using var factory = new MechelenAppFactory().WithSetting(ThreadPoolFloor.Key, wanted.ToString(CultureInfo.InvariantCulture));
        _ = factory.Services;

        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.Equal(wanted, workers);
    }

    [Fact]
    public void AHigherFloor_IsApplied_AndALowerOne_NeverLowersThePool()
    {
        // The floor is the process's: start from whatever earlier tests left.
        ThreadPool.GetMinThreads(out var before, out _);
        var higher = Math.Max(before, ThreadPoolFloor.Default) + 16;
        Assert.Equal(higher, ThreadPoolFloor.Apply(Settings(higher.ToString(CultureInfo.InvariantCulture))));
        ThreadPool.GetMinThreads(out var workers, out _);
        Assert.Equal(higher, workers);

        Assert.Equal(higher, ThreadPoolFloor.Apply(Settings("0")));
        Assert.Equal(higher, ThreadPoolFloor.Apply(Settings("2")));
        Assert.Equal(higher, ThreadPoolFloor.Apply(Settings(null)));
        ThreadPool.GetMinThreads(out var after, out _);
        Assert.Equal(higher, after);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("many")]
    [InlineData("1025")]
    [InlineData("6.5")]
    public void AFloorOutOfRange_StopsStartup_NamingTheSetting(string value)
    {
        var error = Assert.Throws<StartupException>(() => ThreadPoolFloor.Apply(Settings(value)));
        Assert.Equal($"ThreadPool:MinWorkerThreads must be a whole number from 0 to 1024 (0 keeps the runtime's own floor); it is '{value}'.", error.Message);
    }
}
