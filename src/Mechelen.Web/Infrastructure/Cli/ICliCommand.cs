namespace Mechelen.Web.Infrastructure.Cli;

/// <summary>
/// A command run as <c>dotnet run --project src/Mechelen.Web -- NAME args…</c>: the app is built and the
/// database prepared as for the web server, the command runs, and the process exits with its code
/// without starting the server.
/// </summary>
public interface ICliCommand
{
    string Name { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
