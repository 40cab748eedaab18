using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>The hosted worker of a running instance picks up what was queued and builds it, with nobody driving it.</summary>
public sealed class ReportBuildWorkerTests : IDisposable
{
    private readonly MechelenAppFactory _factory = new MechelenAppFactory()
        .WithSetting("Reports:BackgroundFrom", "1")
        .WithSetting("Reports:BuildPollInterval", "00:00:00.2");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task QueuedBuild_IsBuiltByTheInstancesWorker_AndDownloadable()
    {
        await _factory.AddAsync(new Rec("A validated note") { Status = RecommendationStatus.Validated });
        using var client = (await _factory.SignedInAsync(Roles.PolicyOfficer)).Client;
        var queued = await ReportBuildFixture.PrepareAsync(client, $"event={ReportBuildFixture.EventCode}", "en", ReportFormats.Pdf);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, queued.StatusCode);
        var id = (await ReportBuildFixture.BuildsAsync(_factory, "en")).Single().Id;

        string? status = null;
        for (var i = 0; i < 600 && status != "done"; i++)
        {
            status = (await ReportBuildTests.StatusAsync(client, id)).GetProperty("status").GetString();
            Assert.NotEqual("failed", status);
            await Task.Delay(100);
        }

        Assert.Equal("done", status);
        var pdf = await client.GetByteArrayAsync(new Uri($"/reports/builds/{id}/file", UriKind.Relative));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }
}
