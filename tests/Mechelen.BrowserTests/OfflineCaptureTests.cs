using System.Net;
using System.Net.Sockets;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>
/// The capture page with the network switched off: notes wait on the device (IndexedDB), survive a reload
/// served by the service worker, and are stored exactly once when the connection returns, also when the
/// server was restarted meanwhile.
/// </summary>
public sealed class OfflineCaptureTests
{
    private const string Password = "browser-pass-2017";

    /// <summary>The app on a fixed port over a database file that outlives it, so it can be stopped and started again.</summary>
    private sealed class RestartableApp(int port, string databasePath)
        : BrowserAppFactory(port, ("ConnectionStrings:Mechelen", $"Data Source={databasePath}"));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [SkippableFact]
    public Task TwelveNotesOffline_WithAReload_AreStoredExactlyOnceWhenOnline() => RunAsync(restartServer: false);

    [SkippableFact]
    public Task TwelveNotesOffline_WithAReloadAndTheServerRestarted_AreStoredExactlyOnceWhenOnline() => RunAsync(restartServer: true);

    private static async Task RunAsync(bool restartServer)
    {
        Chromium.RequireBrowser();
        var folder = Directory.CreateTempSubdirectory("mechelen-offline-").FullName;
        var port = FreePort();
        var app = new RestartableApp(port, Path.Combine(folder, "mechelen.db"));
        try
        {
            var email = $"offline-{Guid.NewGuid():N}@test.example";
            var sessionId = await app.CreateRapporteurAsync(email, Password);
            var (playwright, browser) = await Chromium.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
            var page = await context.NewPageAsync();
            await PhoneCapture.SignInAsync(page, app.BaseUrl, email, Password);
            var capture = $"{app.BaseUrl}/sessions/{sessionId}/capture";
            await page.GotoAsync(capture);
            // Installed once online: the worker takes over, and the page is opened once more so it keeps a copy.
            await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
            await page.ReloadAsync();
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

            await context.SetOfflineAsync(true);
            var status = page.Locator("#queue-status");
            await page.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
            for (var i = 1; i <= 10; i++)
            {
                await SaveAsync(page, i);
            }

            await Expect(status).ToHaveTextAsync("Offline — 10 notes waiting to be sent");

            if (restartServer)
            {
                app.Dispose();
            }

            await page.ReloadAsync();
            await Expect(page.GetByLabel("Recommendation", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(status).ToHaveTextAsync("Offline — 10 notes waiting to be sent");
            await Expect(page.Locator(".captured-item.pending")).ToHaveCountAsync(10);
            for (var i = 11; i <= 12; i++)
            {
                await SaveAsync(page, i);
            }

            await Expect(status).ToHaveTextAsync("Offline — 12 notes waiting to be sent");

            if (restartServer)
            {
                app = new RestartableApp(port, Path.Combine(folder, "mechelen.db"));
            }

            await context.SetOfflineAsync(false);
            await Expect(page.Locator(".captured-item.confirmed")).ToHaveCountAsync(12, new() { Timeout = 30_000 });
            await Expect(status).ToBeHiddenAsync();

            var stored = await app.WithDbAsync(db => db.Recommendations.Where(r => r.SessionId == sessionId).Select(r => r.Text).ToListAsync());
            Assert.Equal(12, stored.Count);
            Assert.Equal(Enumerable.Range(1, 12).Select(Note).Order(), stored.Order());
        }
        finally
        {
            app.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Note(int i) => $"Offline note {i}: fund interpreters in every town hall service desk.";

    private static async Task SaveAsync(IPage page, int i)
    {
        var text = page.GetByLabel("Recommendation", new() { Exact = true });
        await text.FillAsync(Note(i));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Expect(text).ToHaveValueAsync("");
    }
}
