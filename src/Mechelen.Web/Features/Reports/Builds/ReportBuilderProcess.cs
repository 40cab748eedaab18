using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Runs this instance's report builds in a child process: the same app started with the <c>report-builder</c> command
/// (<see cref="ReportBuilderCommand"/>), which claims and builds from the queue in the database like any instance. A large
/// report's read and layout allocate hundreds of megabytes, and in the app's own process every collection of them
/// paused the requests as well; in a process of its own they pause only the build. The child gets this app's database,
/// report and logging settings, its environment and content root; it is woken through its standard input when a build
/// is queued here, and stops when that input closes, so it ends with the app even when the app is killed. A child that
/// exits on its own is started again.
/// </summary>
public sealed class ReportBuilderProcess(
    IConfiguration configuration, IHostEnvironment environment, ReportBuildSignal signal, TimeProvider clock,
    ILogger<ReportBuilderProcess> logger)
{
    /// <summary>The settings sections the child is given (everything else it reads as the app does: files and environment).</summary>
    public static readonly string[] Sections = ["ConnectionStrings", "Database", "Reports", "Logging"];

    /// <summary>How long a child that exited waits before it is started again.</summary>
    public static readonly TimeSpan RestartAfter = TimeSpan.FromSeconds(5);

    /// <summary>How long a stopping child has to give back its build before it is killed.</summary>
    public static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    private Process? _child;

    /// <summary>The running child's process id (null before it started or after it stopped).</summary>
    public int? ProcessId => _child is { HasExited: false } child ? child.Id : null;

    /// <summary>
    /// How to start the child: this app's assembly run by the <c>dotnet</c> host of the runtime running it. Null when the app
    /// cannot be started that way (published as a single file or self-contained, or without its runtime settings file).
    /// </summary>
    public static ProcessStartInfo? Command(string assembly, string runtimeDirectory)
    {
        if (string.IsNullOrEmpty(assembly) || !File.Exists(Path.ChangeExtension(assembly, ".runtimeconfig.json")))
        {
            return null;
        }

        // The runtime lives in <dotnet root>/shared/Microsoft.NETCore.App/<version>/.
        var host = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        if (!File.Exists(host))
        {
            return null;
        }

        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardInput = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add(ReportBuilderCommand.CommandName);
        return start;
    }

    /// <summary>Starts the child; false (with a warning logged) when it cannot be.</summary>
    public bool Start()
    {
        if (Command(typeof(ReportBuilderProcess).Assembly.Location, RuntimeEnvironment.GetRuntimeDirectory()) is not { } start)
        {
            logger.LogWarning("The report builder process cannot be started from this app's files (published as a single file or self-contained?)");
            return false;
        }

        start.WorkingDirectory = Environment.CurrentDirectory;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment.EnvironmentName;
        start.Environment["DOTNET_ENVIRONMENT"] = environment.EnvironmentName;
        start.Environment["ASPNETCORE_CONTENTROOT"] = environment.ContentRootPath;
        // One small heap collected on the building thread: the child serves no requests.
        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        foreach (var (key, value) in Sections.SelectMany(s => configuration.GetSection(s).AsEnumerable()))
        {
            if (value is not null)
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
        }

        try
        {
            _child = Process.Start(start) ?? throw new InvalidOperationException("no process");
            logger.LogInformation("Report builder process {Id} started", _child.Id);
            return true;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            logger.LogWarning(ex, "The report builder process could not be started");
            return false;
        }
    }

    /// <summary>Passes wakes on to the started child, starts it again when it exits, and stops it when the app stops.</summary>
    public async Task SuperviseAsync(CancellationToken stoppingToken)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = stoppingToken.Register(() => stopping.TrySetResult());
        while (_child is { } child)
        {
            var exited = child.WaitForExitAsync(CancellationToken.None);
            while (!exited.IsCompleted && !stoppingToken.IsCancellationRequested)
            {
                var wake = signal.Next;
                await Task.WhenAny(exited, wake, stopping.Task);
                if (wake.IsCompleted && !exited.IsCompleted)
                {
                    await WakeAsync(child);
                }
            }

            if (stoppingToken.IsCancellationRequested)
            {
                await StopAsync(child);
                return;
            }

            // Waited first: a child stopped by the same Ctrl+C as the app exits just before the app knows it is stopping.
            var (id, code) = (child.Id, child.ExitCode);
            child.Dispose();
            _child = null;
            do
            {
                try
                {
                    await Task.Delay(RestartAfter, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                logger.LogWarning("Report builder process {Id} exited with code {Code}; starting another", id, code);
            }
            while (!Start());
        }
    }

    private static async Task WakeAsync(Process child)
    {
        try
        {
            await child.StandardInput.WriteLineAsync();
            await child.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            // Exiting: the supervision loop sees it.
        }
    }

    private async Task StopAsync(Process child)
    {
        try
        {
            // Its input closes: it gives back the build it holds (queued again for the next builder) and exits.
            child.StandardInput.Close();
            using var patience = new CancellationTokenSource(StopWithin);
            await child.WaitForExitAsync(patience.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            logger.LogWarning("Report builder process {Id} did not stop within {Within}; killed", child.Id, StopWithin);
            try
            {
                child.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Gone meanwhile.
            }
        }
        finally
        {
            child.Dispose();
            _child = null;
        }
    }
}
