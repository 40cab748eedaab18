namespace Mechelen.Web.Infrastructure.Cli;

public static class CliCommands
{
    /// <summary>Exit code for wrong arguments or unknown names given on the command line.</summary>
    public const int UsageError = 2;

    /// <summary>Splits the process arguments into the host's (<c>--key value</c> settings) and a command with its own arguments.</summary>
    public static (string[] HostArgs, string? Command, string[] CommandArgs) Split(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return (args, null, []);
        }

        return ([], args[0], args[1..]);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string name, string[] args, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<ICliCommand>().ToList();
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{name}'. Commands: {string.Join(", ", commands.Select(c => c.Name).Order())}.");
            return UsageError;
        }

        return await command.RunAsync(args, Console.Out, Console.Error, cancellationToken);
    }

    /// <summary>Reads <c>--name value</c> options (repeatable) from a command's arguments.</summary>
    public static ILookup<string, string> Options(IReadOnlyList<string> args, out List<string> errors)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        errors = [];
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"unexpected argument '{args[i]}'");
                continue;
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                errors.Add($"{args[i]} needs a value");
                continue;
            }

            pairs.Add(new(args[i][2..], args[i + 1]));
            i++;
        }

        return pairs.ToLookup(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
