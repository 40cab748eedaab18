using System.Diagnostics;
using System.Runtime.InteropServices;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>The report builder process: started with the app, building what the app queues, woken by it, stopped with it.</summary>
public sealed class ReportBuilderProcessTests : IDisposable
{
    // The poll interval is long: a build queued once the child waits is built soon only when the app wakes it.
    private readonly MechelenAppFactory _factory = new MechelenAppFactory()
        .WithSetting("Reports:BackgroundFrom", "1")
        .WithSetting("Reports:BuildInChildProcess", "true")
        .WithSetting("Reports:BuildPollInterval", "00:05:00");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task QueuedBuilds_AreBuiltByTheChildProcess_WokenByTheApp_WhichStopsWithTheApp()
    {
        await _factory.AddAsync(new Rec("A validated note") { Status = RecommendationStatus.Validated });
        using var client = (await _factory.SignedInAsync(Roles.PolicyOfficer)).Client;
        var builder = _factory.Services.GetRequiredService<ReportBuilderProcess>();
        var childId = builder.ProcessId;
        Assert.NotNull(childId);
        Assert.NotEqual(Environment.ProcessId, childId);
        using var child = Process.GetProcessById(childId.Value);

        // The first build may be found at the child's first look at the queue; the second only through a wake.
        foreach (var lang in new[] { "en", "fr" })
        {
            var queued = await ReportBuildFixture.PrepareAsync(client, $"event={ReportBuildFixture.EventCode}", lang, ReportFormats.Pdf);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, queued.StatusCode);
            var id = (await ReportBuildFixture.BuildsAsync(_factory, lang)).Single().Id;
            Assert.Equal("done", await WaitAsync(client, id, TimeSpan.FromSeconds(60)));
            var pdf = await client.GetByteArrayAsync(new Uri($"/reports/builds/{id}/file", UriKind.Relative));
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        }

        Assert.Equal(childId, builder.ProcessId);
        Assert.False(child.HasExited);
        await _factory.DisposeAsync();
        Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)), "the builder process outlived the app");
    }

    [Fact]
    public void Command_RunsThisAppsAssemblyWithTheRuntimesHost_OrIsNullWhereThatCannotWork()
    {
        var assembly = typeof(ReportBuilderProcess).Assembly.Location;
        var start = ReportBuilderProcess.Command(assembly, RuntimeEnvironment.GetRuntimeDirectory());
        Assert.NotNull(start);
        Assert.True(File.Exists(start.FileName));
        Assert.StartsWith("dotnet", Path.GetFileName(start.FileName), StringComparison.Ordinal);
        Assert.Equal(["exec", assembly, ReportBuilderCommand.CommandName], start.ArgumentList);
        Assert.True(start.RedirectStandardInput);

        // A single-file app has no assembly path; an assembly without its runtime settings, or a runtime without a host, cannot be run.
        var folder = Directory.CreateTempSubdirectory("mechelen-builder-").FullName;
        try
        {
            var copy = Path.Combine(folder, "Mechelen.Web.dll");
            File.Copy(assembly, copy);
            Assert.Null(ReportBuilderProcess.Command("", RuntimeEnvironment.GetRuntimeDirectory()));
            Assert.Null(ReportBuilderProcess.Command(copy, RuntimeEnvironment.GetRuntimeDirectory()));
            File.Copy(Path.ChangeExtension(assembly, ".runtimeconfig.json"), Path.ChangeExtension(copy, ".runtimeconfig.json"));
            Assert.NotNull(ReportBuilderProcess.Command(copy, RuntimeEnvironment.GetRuntimeDirectory()));
            Assert.Null(ReportBuilderProcess.Command(copy, Path.Combine(folder, "a", "b", "c")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string?> WaitAsync(HttpClient client, int id, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        string? status;
        do
        {
            await Task.Delay(100);
            status = (await ReportBuildTests.StatusAsync(client, id)).GetProperty("status").GetString();
        }
        while (status is "queued" or "building" && DateTime.UtcNow < until);
        return status;
    }
}
