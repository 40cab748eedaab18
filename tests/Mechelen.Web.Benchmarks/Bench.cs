using System.Diagnostics;
using System.Globalization;

namespace Mechelen.Web.Benchmarks;

// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- generate <db file> [count]
// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- measure <db file>
// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- duplicates [count]
// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- generate <db file> [count] [events]
// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- measure <db file> [event code]
// dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- cycle <db file> [event code]
internal static class Bench
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "duplicates")
        {
            return DuplicateBench.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000);
        }

        if (args.Length < 2 || args[0] is not ("generate" or "measure" or "cycle"))
        {
            Console.Error.WriteLine("usage: generate <sqlite file> [count=100000] [events=1] | measure <sqlite file> [event code] | cycle <sqlite file> [event code]");
            return 2;
        }

        var path = Path.GetFullPath(args[1]);
        using var app = new BenchApp(path);
        if (args[0] == "generate")
        {
            return await Generate.RunAsync(app, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000,
                args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
        }

        if (args[0] == "cycle")
        {
            return await CycleBench.RunAsync(app, args.Length > 2 ? args[2] : Generate.EventCode(99));
        }

        var (client, cookie) = await app.SignInAsync();
        // With an event code (a database made with several events), every URL names that event.
        var ev = args.Length > 2 ? $"&event={Uri.EscapeDataString(args[2])}" : "";
        var listUrl = $"/recommendations?q={Generate.SearchWord}&area=housing&area=employment&level=Local&status=Submitted&status=Validated{ev}";

        // Each request timed alone, after five untimed ones (url(0) to url(4)); before() runs untimed first (e.g. another user's write).
        async Task<(double Median, double P95, double Max, double Cpu)> TimeEachAsync(Func<int, string> url, int runs, Func<Task>? before = null)
        {
            for (var i = 0; i < 5; i++)
            {
                (await client.GetAsync(url(i))).EnsureSuccessStatusCode();
            }

            var times = new List<double>();
            // Processor time of this process (app and client) per request: less sensitive than wall time to other work on the machine.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                if (before is not null)
                {
                    await before();
                }

                var watch = Stopwatch.StartNew();
                var response = await client.GetAsync(url(5 + i));
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
            times.Sort();
            return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1], cpuPerRequest);
        }

        Task<(double Median, double P95, double Max, double Cpu)> TimeAsync(string url, int runs) => TimeEachAsync(_ => url, runs);

        var page = await client.GetStringAsync(Environment.GetEnvironmentVariable("BENCH_URL") ?? listUrl);
        if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
        {
            return 0;
        }

        var matching = System.Text.RegularExpressions.Regex.Match(page, "id=\"result-count\">([^<]*)<").Groups[1].Value;
        Console.WriteLine($"List page {listUrl}: {matching}");
        var list = await TimeAsync(listUrl, 200);
        Console.WriteLine($"  200 sequential requests: median {list.Median:F2} ms, p95 {list.P95:F2} ms, max {list.Max:F2} ms, CPU {list.Cpu:F2} ms per request");
        // Paging through the text query alone: each page read once, its counts cached after the first.
        var textUrl = $"/recommendations?q={Generate.SearchWord}{ev}";
        var textTotal = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/recommendations?q={Generate.SearchWord}&pageSize=1{ev}"))
            .RootElement.GetProperty("total").GetInt32();
        var pages = (textTotal + 24) / 25;
        var paging = await TimeEachAsync(i => $"{textUrl}&sort={(i / pages % 3 == 0 ? "Newest" : i / pages % 3 == 1 ? "Session" : "Area")}&page={(i % pages) + 1}", Math.Min(3 * pages, 200) - 5);
        Console.WriteLine($"Paging through {textUrl} ({textTotal:N0} matching), each page of each sort once (rows read, counts cached): median {paging.Median:F2} ms, p95 {paging.P95:F2} ms, max {paging.Max:F2} ms");
        var afterWrite = await TimeEachAsync(_ => listUrl, 50, app.BumpChangeStampAsync);
        Console.WriteLine($"  50 requests, each after a write (rows and every count recomputed): median {afterWrite.Median:F2} ms, p95 {afterWrite.P95:F2} ms, max {afterWrite.Max:F2} ms, CPU {afterWrite.Cpu:F2} ms per request");
        var plain = await TimeAsync("/recommendations?" + ev, 50);
        Console.WriteLine($"List page without filter: median {plain.Median:F2} ms, p95 {plain.P95:F2} ms, CPU {plain.Cpu:F2} ms per request");
        var plainAfterWrite = await TimeEachAsync(_ => "/recommendations?" + ev, 20, app.BumpChangeStampAsync);
        Console.WriteLine($"  20 requests, each after a write (every count over all rows recomputed): median {plainAfterWrite.Median:F0} ms, p95 {plainAfterWrite.P95:F0} ms, CPU {plainAfterWrite.Cpu:F0} ms per request");

        if (Environment.GetEnvironmentVariable("BENCH_LIST_ONLY") == "1")
        {
            return 0;
        }

        // About 10,000 of the 100,000 generated rows.
        var exportQuery = "?status=Rejected&level=Local&level=SubnationalRegional&level=National" + ev;
        var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/recommendations" + exportQuery + "&pageSize=1"));
        var rows = api.RootElement.GetProperty("total").GetInt32();
        var excel = await TimeAsync("/recommendations/export.xlsx" + exportQuery, 5);
        Console.WriteLine($"Excel export of {rows:N0} rows: median {excel.Median:F0} ms, max {excel.Max:F0} ms");
        var csv = await TimeAsync("/recommendations/export.csv" + exportQuery, 5);
        Console.WriteLine($"CSV export of {rows:N0} rows: median {csv.Median:F0} ms");

        Console.WriteLine();
        Console.WriteLine("Throughput: start the app on the same file and run wrk with this cookie:");
        Console.WriteLine($"  ConnectionStrings__Mechelen=\"Data Source={path}\" ASPNETCORE_ENVIRONMENT=Production dotnet run -c Release --no-launch-profile --project src/Mechelen.Web --urls http://127.0.0.1:5102");
        Console.WriteLine($"  wrk -t2 -c32 -d20s -H 'Cookie: {cookie}' 'http://127.0.0.1:5102{listUrl}'");
        return 0;
    }
}
