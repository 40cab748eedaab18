using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Reports.Builds;
using Mechelen.Web.Tests.Workspace;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>
/// The secretariat prepares a large report's PDF: the page follows the build without a reload, a reload in the middle
/// finds the same build, and the file is offered once it is done. The writer holds the build half way until the test
/// has reloaded, so nothing depends on how fast the machine is.
/// </summary>
public sealed class ReportBuildJourneyTests(ReportBuildJourneyTests.App app) : IClassFixture<ReportBuildJourneyTests.App>
{
    private const string Password = "browser-pass-2017";

    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 30_000 };

    /// <summary>Reports of three recommendations or more are built in the background, by a writer the test holds.</summary>
    public sealed class App() : BrowserAppFactory(("Reports:BackgroundFrom", "3"), ("Reports:BuildPollInterval", "00:00:00.2"))
    {
        public GatedReportFileWriter Writer { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<ReportFileWriter>(Writer));
        }
    }

    [SkippableFact]
    public async Task Secretariat_PreparesALargeReport_WatchesItsProgress_ReloadsMidway_AndDownloadsIt()
    {
        Chromium.RequireBrowser();
        var email = $"secretariat-{Guid.NewGuid():N}@test.example";
        await app.CreateUserAsync(email, Password, Roles.Secretariat);
        await app.AddAsync([.. Enumerable.Range(1, 4).Select(i => new Rec($"Validated proposal {i} on housing") { Status = RecommendationStatus.Validated })]);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await PhoneCapture.SignInAsync(page, app.BaseUrl, email, Password);
        await page.GotoAsync($"{app.BaseUrl}/reports/outcome?event=mechelen-2017");

        var files = page.GetByRole(AriaRole.Region, new() { Name = "Files of this report" });
        await files.GetByRole(AriaRole.Button, new() { Name = "Prepare the PDF" }).ClickAsync();
        var status = files.GetByRole(AriaRole.Status);
        await Expect(status).ToHaveTextAsync("Preparing the PDF: 50% done.", Soon);
        await Expect(files.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("value", "50");
        await Chromium.ScreenshotAsync(page, "report-build-390");

        // A reload in the middle of the build shows the same build, still going.
        await page.ReloadAsync();
        await Expect(status).ToHaveTextAsync("Preparing the PDF: 50% done.", Soon);
        await Expect(files.GetByRole(AriaRole.Button, new() { Name = "Prepare the PDF" })).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        app.Writer.Release.Release();
        var link = files.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Download the PDF \\(") });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(status).ToContainTextAsync("from the data as it is now.");
        // Said once, in the status line; not again beside the link.
        await Expect(files.GetByText("from the data as it is now.", new() { Exact = false })).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was reloaded to show the file");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

        await page.GotoAsync($"{app.BaseUrl}/reports/outcome?event=mechelen-2017&culture=fr");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Fichiers de ce rapport" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "report-build-390-fr");
    }
}
