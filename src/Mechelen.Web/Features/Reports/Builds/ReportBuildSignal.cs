namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>Wakes this instance's idle build workers when a build is queued here; other instances find it at their next poll.</summary>
public sealed class ReportBuildSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>; taken before looking for work, so a wake in between is not missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
