using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Microsoft.Extensions.Options;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddMechelenData();
    builder.AddFeatures();

    var app = builder.Build();
    app.UseMechelenPipeline();
    await app.InitializeDatabaseAsync();
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
