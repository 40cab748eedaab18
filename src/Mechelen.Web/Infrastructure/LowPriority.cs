using System.Runtime.InteropServices;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// Lowers the calling thread's scheduling priority, for long work done beside requests (a large report's layout): the
/// operating system then gives requests the processor first, and the work takes what is left. On Linux each thread has
/// its own nice value (which .NET's <see cref="Thread.Priority"/> does not set there); elsewhere the thread priority is used.
/// </summary>
public static class LowPriority
{
    /// <summary>The nice value given on Linux (0 is normal, 19 the lowest).</summary>
    public const int Nice = 10;

    /// <summary>Lowers the calling thread's priority; true when the system accepted it.</summary>
    public static bool ForThisThread()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                return SetPriority(ProcessScope, (uint)GetThreadId(), Nice) == 0;
            }

            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The calling thread's nice value on Linux (for tests).</summary>
    public static int CurrentNice()
    {
        Marshal.SetLastPInvokeError(0);
        return GetPriority(ProcessScope, (uint)GetThreadId());
    }

    // PRIO_PROCESS with a thread id addresses that thread alone on Linux.
    private const int ProcessScope = 0;

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, uint who, int priority);

    [DllImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static extern int GetPriority(int which, uint who);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}
