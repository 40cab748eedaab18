using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Cli;
using Microsoft.Extensions.Options;

try
{
    var (hostArgs, command, commandArgs) = CliCommands.Split(args);
    var builder = WebApplication.CreateBuilder(hostArgs);
    if (command is not null)
    {
        // A command's output is its own; the request and seeding chatter stays out of it. Added last,
        // so it wins over the levels in appsettings.*.json.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        });
    }

    ThreadPoolFloor.Apply(builder.Configuration);
    builder.AddMechelenData();
    builder.AddMechelenIdentity();
    builder.AddFeatures();
    builder.AddProxySupport();

    var app = builder.Build();
    app.UseMechelenPipeline();
    await app.InitializeDatabaseAsync();
    if (command is not null)
    {
        return await CliCommands.RunAsync(app.Services, command, commandArgs, app.Lifetime.ApplicationStopping);
    }

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is StartupException or OptionsValidationException)
{
    // One sentence an operator can act on, instead of a stack trace.
    var message = ex is OptionsValidationException validation ? string.Join(" ", validation.Failures) : ex.Message;
    Console.Error.WriteLine($"Mechelen cannot start: {message}");
    return 1;
}

public partial class Program;
