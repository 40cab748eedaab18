using Mechelen.Web.Infrastructure;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>Long work beside requests runs at a lower priority, on its own thread only.</summary>
public sealed class LowPriorityTests
{
    [Fact]
    public void ForThisThread_LowersTheCallingThreadOnly()
    {
        if (!OperatingSystem.IsLinux())
        {
            var priority = ThreadPriority.Normal;
            var elsewhere = new Thread(() => priority = LowPriority.ForThisThread() ? Thread.CurrentThread.Priority : ThreadPriority.Normal);
            elsewhere.Start();
            elsewhere.Join();
            Assert.Equal(ThreadPriority.BelowNormal, priority);
            return;
        }

        // Linux: each thread has its own nice value.
        int before = LowPriority.CurrentNice(), lowered = int.MinValue, after = int.MinValue;
        var accepted = false;
        var thread = new Thread(() =>
        {
            accepted = LowPriority.ForThisThread();
            lowered = LowPriority.CurrentNice();
        });
        thread.Start();
        thread.Join();
        var other = new Thread(() => after = LowPriority.CurrentNice());
        other.Start();
        other.Join();

        Assert.True(accepted);
        Assert.Equal(LowPriority.Nice, lowered);
        Assert.Equal(before, after);
        Assert.Equal(before, LowPriority.CurrentNice());
    }
}
