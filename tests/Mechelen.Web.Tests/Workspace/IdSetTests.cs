using Mechelen.Web.Features.Recommendations;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>The ids a text search found, one bit each: repeats counted once, ids below 1 ignored, any size.</summary>
public sealed class IdSetTests
{
    [Fact]
    public void Of_HoldsEachIdOnce_AndAnswersForAnyId()
    {
        var set = IdSet.Of([5, 1, 64, 63, 5, 1_000_000, 0, -7]);
        Assert.Equal(5, set.Count);
        Assert.All(new[] { 1, 5, 63, 64, 1_000_000 }, id => Assert.True(set.Contains(id), $"{id} is in"));
        Assert.All(new[] { 0, -7, 2, 62, 65, 999_999, 1_000_001, int.MaxValue }, id => Assert.False(set.Contains(id), $"{id} is not in"));
    }
}
