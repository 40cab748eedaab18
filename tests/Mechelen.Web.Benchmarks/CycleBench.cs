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

        var report = $"/reports/outcome.pdf?event={Uri.EscapeDataString(eventCode)}";
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(report);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Console.WriteLine(FormattableString.Invariant(
                $"Outcome report of {eventCode} ({report}): {(int)response.StatusCode} {response.Content.Headers.ContentType}, {bytes.Length / 1024.0 / 1024:F1} MB in {watch.Elapsed.TotalSeconds:F2} s"));
        }

        return 0;
    }

    [GeneratedRegex("id=\"result-count\"[^>]*>([^<]*)<")]
    private static partial Regex Count();
}
