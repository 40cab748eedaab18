using Mechelen.Web.Infrastructure.Cli;
using Microsoft.Extensions.Options;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// <c>report-builder</c>: builds queued report files until its standard input closes, waking at once for each line
/// read from it (a build queued by the app that started it) and otherwise looking at the queue every
/// <see cref="ReportOptions.BuildPollInterval"/>. Started by <see cref="ReportBuilderProcess"/>, not by hand.
/// </summary>
public sealed class ReportBuilderCommand(ReportBuildLoop loop, ReportBuildSignal signal, IOptions<ReportOptions> options) : ICliCommand
{
    public const string CommandName = "report-builder";

    public string Name => CommandName;

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Count > 0)
        {
            await error.WriteLineAsync($"{CommandName} takes no arguments; it reads wakes from its standard input and stops when it closes.");
            return CliCommands.UsageError;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A thread of its own blocks on the input (reading the console cannot be cancelled); at its end the builds stop.
        var input = new Thread(() =>
        {
            try
            {
                while (Console.In.ReadLine() is not null)
                {
                    signal.Wake();
                }
            }
            catch (IOException)
            {
            }

            stop.Cancel();
        })
        { IsBackground = true, Name = "report-builder input" };
        input.Start();
        var settings = options.Value;
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, settings.BuildConcurrency)).Select(_ => loop.RunAsync(settings.BuildPollInterval, stop.Token)));
        return 0;
    }
}
