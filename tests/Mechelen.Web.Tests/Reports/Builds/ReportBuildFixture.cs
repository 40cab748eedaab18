using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>
/// Eight validated recommendations (six on housing, two on employment) and reports built in the background from five:
/// the whole event is a large report, employment alone a small one. This instance builds nothing by itself
/// (<c>BuildConcurrency</c> 0), so each test runs the builds it queued when it wants them run.
/// </summary>
public sealed class ReportBuildFixture : IAsyncLifetime
{
    public const string EventCode = "mechelen-2017";

    public MechelenAppFactory Factory { get; } = new MechelenAppFactory()
        .WithSetting("Reports:BackgroundFrom", "5")
        .WithSetting("Reports:BuildConcurrency", "0");

    public async Task InitializeAsync() =>
        await Factory.AddAsync([
            .. Enumerable.Range(1, 6).Select(i => new Rec($"Housing proposal number {i} for newcomers") { Status = RecommendationStatus.Validated }),
            .. Enumerable.Range(1, 2).Select(i => new Rec($"Employment proposal number {i}") { Status = RecommendationStatus.Validated, Areas = ["employment"] })]);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Runs every queued build to its end, as a worker would; returns how many ran.</summary>
    public static async Task<int> BuildQueuedAsync(MechelenAppFactory factory)
    {
        var built = 0;
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var claim = await scope.ServiceProvider.GetRequiredService<ReportBuildStore>().ClaimNextAsync(CancellationToken.None);
            if (claim is null)
            {
                return built;
            }

            await scope.ServiceProvider.GetRequiredService<RunReportBuild>().RunAsync(claim, CancellationToken.None);
            built++;
        }
    }

    public static async Task<HttpResponseMessage> PrepareAsync(HttpClient client, string query, string lang, string format)
    {
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + query)
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v!)))
            .Append(new("lang", lang)).Append(new("format", format));
        return await client.PostFormAsync("/", "/reports/builds", fields);
    }

    public static Task<List<ReportBuild>> BuildsAsync(MechelenAppFactory factory, string lang) =>
        factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.ReportBuilds.Where(b => b.Language == lang).OrderBy(b => b.Id)));

    public static Task<long> StampAsync(MechelenAppFactory factory) => factory.WithDbAsync(db => Mechelen.Web.Infrastructure.FiguresCache.StampAsync(db, CancellationToken.None));

    public static T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public static MechelenDbContext Db(IServiceScope scope) => Service<MechelenDbContext>(scope);
}
