namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Raises the thread pool's floor of worker threads at startup (<c>ThreadPool:MinWorkerThreads</c>, 64 by default). The
/// SQLite driver answers its "async" calls on the calling thread, so every query holds a pool thread until it ends (a
/// large report page's read holds one for a quarter of a second), and the pool starts with one thread per core: when
/// those were all in queries, requests, and the continuations of requests already answered, queued until the pool's
/// starvation detection added a thread, about two a second. Under the mixed load with report downloads that queueing was
/// most of the lists' p95 and the saves' p99. Threads above the floor are still added and retired by the pool as usual.
/// </summary>
public static class ThreadPoolFloor
{
    public const string Key = "ThreadPool:MinWorkerThreads";

    public const int Default = 64;

    public const int Most = 1024;

    /// <summary>Applies the configured floor (never lowering the pool's own); returns the worker threads' floor now in force.</summary>
    public static int Apply(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[Key];
        var wanted = Default;
        if (!string.IsNullOrWhiteSpace(text)
            && (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out wanted) || wanted > Most))
        {
            throw new StartupException($"{Key} must be a whole number from 0 to {Most} (0 keeps the runtime's own floor); it is '{text}'.");
        }

        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (wanted > workers && ThreadPool.SetMinThreads(wanted, completionPorts))
        {
            return wanted;
        }

        return workers;
    }
}
