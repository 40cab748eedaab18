using Microsoft.Playwright;

namespace Mechelen.BrowserTests;

/// <summary>Debian's Chromium, driven by Playwright; Playwright never downloads a browser of its own here.</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Skips the test where no browser is installed, except in CI, where a missing browser is a failure.</summary>
    public static void RequireBrowser()
    {
        if (File.Exists(Path))
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"{Path} is missing: CI must install Chromium (.ci/run does) before the browser tests.");
        }

        Skip.If(true, $"{Path} is not installed; install Debian's chromium package to run the browser tests.");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    /// <summary>Saves a full-page screenshot when MECHELEN_SCREENSHOTS names a folder (for looking at the pages, not for asserting).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("MECHELEN_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
