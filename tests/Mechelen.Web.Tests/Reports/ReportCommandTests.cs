using Mechelen.Web.Features.Reports;
using Mechelen.Web.Infrastructure.Cli;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

public sealed class ReportCommandTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        await using var scope = scenario.Factory.Services.CreateAsyncScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().OfType<ReportCommand>().Single();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Report_WritesThePdf_CreatingTheFolder()
    {
        var path = Path.Combine(scenario.Factory.Folder, "out", "nested", "housing.pdf");
        var (code, output, error) = await RunAsync("--event", EventCode, "--area", "housing", "--out", path);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"Wrote {path}: draft outcome report for {EventCode}", output, StringComparison.Ordinal);
        var pages = Pages(await File.ReadAllBytesAsync(path));
        Assert.Contains(Squash("Governance areas: Housing"), string.Concat(pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_WithADocxOut_WritesTheWordDocument()
    {
        var path = Path.Combine(scenario.Factory.Folder, "out", "report.docx");
        var (code, output, _) = await RunAsync("--event", EventCode, "--out", path);

        Assert.Equal(0, code);
        Assert.Contains($"Wrote {path}", output, StringComparison.Ordinal);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        Assert.Contains(Squash("Schooling for every child whatever the papers"), Squash(doc.MainDocumentPart!.Document.Body!.InnerText), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelativeOut_IsRelativeToWhereTheCommandWasTyped()
    {
        // dotnet run starts the app in the project folder; the shell's PWD names the folder the user is in.
        var typedIn = Directory.CreateDirectory(Path.Combine(scenario.Factory.Folder, "shell")).FullName;
        var before = Environment.GetEnvironmentVariable("PWD");
        Environment.SetEnvironmentVariable("PWD", typedIn);
        try
        {
            var (code, _, _) = await RunAsync("--event", EventCode, "--out", "reports/relative.pdf");
            Assert.Equal(0, code);
            Assert.True(File.Exists(Path.Combine(typedIn, "reports", "relative.pdf")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PWD", before);
        }
    }

    [Theory]
    [InlineData(new[] { "--event", "atlantis-2030", "--out", "x.pdf" }, "report: unknown event 'atlantis-2030'. Known events: mechelen-2017.")]
    [InlineData(new[] { "--event", EventCode, "--area", "nowhere", "--out", "x.pdf" }, "report: Unknown governance area 'nowhere'. Known areas: services,")]
    [InlineData(new[] { "--area", "housing" }, "report: --event is required.")]
    [InlineData(new[] { "--event", EventCode, "--cluster", "two" }, "report: --cluster expects a number, found 'two'.")]
    [InlineData(new[] { "--event", EventCode, "--colour", "blue" }, "report: unknown option --colour.")]
    [InlineData(new[] { "--event" }, "report: --event needs a value")]
    public async Task BadArguments_ExitWithCode2AndAMessage(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(CliCommands.UsageError, code);
        Assert.Equal("", output);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
