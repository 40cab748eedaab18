using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mechelen.Web.Benchmarks;

/// <summary>
/// A whole cycle (a database made with <c>generate &lt;file&gt; 1000000 200</c>): one search across every event,
/// cached and right after a write, for a rare word and for two common ones, and one event's PDF outcome report.
/// </summary>
internal static partial class CycleBench
{
    public static async Task<int> RunAsync(BenchApp app, string eventCode)
    {
        var (client, _) = await app.SignInAsync();

        async Task<List<double>> TimeAsync(string url, int runs, bool afterWrite)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                if (afterWrite)
                {
                    await app.BumpChangeStampAsync();
                }

                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }

            times.Sort();
            return times;
        }

        static string Summary(List<double> t) =>
            FormattableString.Invariant($"median {t[t.Count / 2]:F1} ms, p95 {t[(int)Math.Ceiling(t.Count * 0.95) - 1]:F1} ms, max {t[^1]:F1} ms");

        foreach (var words in new[] { Generate.SearchWord, "housing schools" })
        {
            var url = $"/search?q={Uri.EscapeDataString(words)}";
            var page = await client.GetStringAsync(url);
            Console.WriteLine($"Search all events for \"{words}\": {Count().Match(page).Groups[1].Value}");
            Console.WriteLine($"  cached: {Summary(await TimeAsync(url, 50, false))}");
            Console.WriteLine($"  each right after a write: {Summary(await TimeAsync(url, 30, true))}");
            Console.WriteLine($"  page 40, each right after a write: {Summary(await TimeAsync(url + "&page=40", 30, true))}");
        }

        // A report over the background threshold is prepared off the request: queue it from the report page's form and
        // follow its progress until the file is ready, as the page's script does.
        var report = $"/reports/outcome?event={Uri.EscapeDataString(eventCode)}";
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var html = await client.GetStringAsync(report);
            var pageSeconds = watch.Elapsed.TotalSeconds;
            var token = Token().Match(html).Groups[1].Value;
            using var queue = await client.PostAsync("/reports/builds", new FormUrlEncodedContent(
            [
                new("event", eventCode), new("lang", "en"), new("format", "pdf"), new("__RequestVerificationToken", token),
            ]));
            var queued = watch.Elapsed.TotalSeconds;
            var answer = queue.Headers.Location is { } location ? await client.GetStringAsync(location) : await queue.Content.ReadAsStringAsync();
            var build = Build().Match(answer).Groups[1].Value;
            if (build.Length == 0)
            {
                Console.WriteLine($"Outcome report of {eventCode}: no build in progress after queueing ({(int)queue.StatusCode}); a current file was kept or the report is small");
                break;
            }

            string status;
            do
            {
                await Task.Delay(100);
                using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(build));
                status = json.RootElement.GetProperty("status").GetString()!;
            }
            while (status is "queued" or "building");

            Console.WriteLine(FormattableString.Invariant(
                $"Outcome report of {eventCode}, PDF prepared in the background: page {pageSeconds:F2} s, queued at {queued:F2} s, {status} at {watch.Elapsed.TotalSeconds:F2} s"));
            await app.BumpChangeStampAsync();
        }

        return 0;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-build=\"(/reports/builds/\\d+)\"")]
    private static partial Regex Build();

    [GeneratedRegex("id=\"result-count\"[^>]*>([^<]*)<")]
    private static partial Regex Count();
}
