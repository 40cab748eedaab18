using System.Collections.Concurrent;
using System.Net;
using Mechelen.Reports.Reading;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.Builds.ReportBuildFixture;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>A build held half way by its writer: its progress reaches the database, the status and the page; then it ends or fails.</summary>
public sealed class ReportBuildProgressTests(ReportBuildFixture fixture) : IClassFixture<ReportBuildFixture>, IDisposable
{
    private readonly GatedReportFileWriter _writer = new();

    private readonly ConcurrentQueue<int?> _niceWhileReading = new();

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>? _app;

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> App => _app ??= fixture.Factory.WithWebHostBuilder(b =>
        b.ConfigureTestServices(s => s.AddSingleton<ReportFileWriter>(_writer)
            .AddScoped<IReportReader>(provider => new NiceRecordingReader(provider.GetRequiredService<EfReportReader>(), _niceWhileReading))));

    /// <summary>Notes the reading thread's nice value on Linux as each read starts.</summary>
    private sealed class NiceRecordingReader(IReportReader inner, ConcurrentQueue<int?> nice) : IReportReader
    {
        public Task<ReportData?> ReadAsync(ReportScope scope, ReportDetail detail, CancellationToken cancellationToken)
        {
            nice.Enqueue(OperatingSystem.IsLinux() ? Mechelen.Web.Infrastructure.LowPriority.CurrentNice() : null);
            return inner.ReadAsync(scope, detail, cancellationToken);
        }
    }

    public void Dispose() => _app?.Dispose();

    private async Task<(HttpClient Client, ReportBuild Build, Task Running)> StartAsync(string query, string lang, string format)
    {
        var appClient = App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await appClient.SignInAsync(await SignInEmailAsync(), TestAccounts.Password);
        await PrepareAsync(appClient, query, lang, format);
        var build = (await BuildsAsync(fixture.Factory, lang)).Single(b => b.Query == query && b.Format == format);
        var running = Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var claim = await Service<ReportBuildStore>(scope).ClaimNextAsync(CancellationToken.None);
            Assert.Equal(build.Id, claim?.Id);
            await Service<RunReportBuild>(scope).RunAsync(claim!, CancellationToken.None);
        });
        Assert.True(await _writer.Reached.WaitAsync(TimeSpan.FromSeconds(60)), "the writer started");
        return (appClient, build, running);
    }

    private async Task<string> SignInEmailAsync()
    {
        var email = $"secretariat-{Guid.NewGuid():N}@test.example";
        await fixture.Factory.CreateUserAsync(email, TestAccounts.Password, Roles.Secretariat);
        return email;
    }

    private async Task<ReportBuild> WaitForAsync(int id, Func<ReportBuild, bool> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            var build = await fixture.Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.ReportBuilds, b => b.Id == id));
            if (condition(build))
            {
                return build;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"build {id} never reached the expected state");
    }

    [Fact]
    public async Task Progress_ReachesTheDatabase_TheStatusAndThePage_ThenTheFileIsStored()
    {
        var query = $"event={EventCode}&area=housing&level=Local";
        var (client, build, running) = await StartAsync(query, "en", ReportFormats.Pdf);
        using (client)
        {
            // 50 % of the writing is 2 + 50 × 0.97 of the build, written within a second.
            var held = await WaitForAsync(build.Id, b => b.Progress == 50);
            Assert.Equal(ReportBuildStatus.Building, held.Status);
            // The read and the layout run below the requests' priority.
            if (OperatingSystem.IsLinux())
            {
                Assert.Equal(Mechelen.Web.Infrastructure.LowPriority.Nice, _writer.NiceWhileWriting);
                Assert.Equal(Mechelen.Web.Infrastructure.LowPriority.Nice, Assert.Single(_niceWhileReading));
            }

            Assert.NotNull(held.HeartbeatAt);
            Assert.Equal(1, held.Attempts);

            var state = await ReportBuildTests.StatusAsync(client, build.Id);
            Assert.Equal("building", state.GetProperty("status").GetString());
            Assert.Equal(50, state.GetProperty("progress").GetInt32());
            Assert.Equal("Preparing the PDF: 50% done.", state.GetProperty("text").GetString());
            var page = await client.GetStringAsync(new Uri($"/reports/outcome?{query}&lang=en", UriKind.Relative));
            Assert.Contains("Preparing the PDF: 50% done.", page, StringComparison.Ordinal);
            Assert.Contains("<progress max=\"100\" value=\"50\"", page, StringComparison.Ordinal);
            Assert.Contains("aria-live=\"polite\"", page, StringComparison.Ordinal);

            _writer.Release.Release();
            await running;
            var done = await WaitForAsync(build.Id, b => b.Status == ReportBuildStatus.Done);
            Assert.Equal(100, done.Progress);
            state = await ReportBuildTests.StatusAsync(client, build.Id);
            Assert.Equal($"/reports/builds/{build.Id}/file", state.GetProperty("download").GetProperty("url").GetString());
        }
    }

    [Fact]
    public async Task WriterFailure_IsStoredAsAFailure_WordedForTheReader_WithoutTheExceptionsText()
    {
        var query = $"event={EventCode}&area=employment&area=housing&level=Local";
        _writer.Throw = true;
        var (client, build, running) = await StartAsync(query, "fr", ReportFormats.Word);
        using (client)
        {
            _writer.Release.Release();
            await running;
            var failed = await WaitForAsync(build.Id, b => b.Status == ReportBuildStatus.Failed);
            Assert.Equal(ReportBuildFailure.Unexpected, failed.Failure);
            Assert.Null(failed.ActiveKey);
            Assert.Null(failed.Error);

            var page = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/reports/outcome?{query}&lang=fr&culture=fr", UriKind.Relative)));
            Assert.Contains("Le rapport n’a pas pu être préparé à cause d’une erreur sur le serveur.", page, StringComparison.Ordinal);
            Assert.Contains("Préparer à nouveau le document Word</button>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("exploded", page, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", page, StringComparison.Ordinal);
        }
    }
}
