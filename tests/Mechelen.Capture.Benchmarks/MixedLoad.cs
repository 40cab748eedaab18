// Mixed load as at the conference, over a real socket on loopback and bounded in time: rapporteurs saving notes
// at a fixed total rate (20 notes/s by default), policy officers paging through varied filters and searches of
// the recommendations list, and people downloading the PDF outcome report, all at once on one database (made
// with the Web benchmarks' generator). Prints p50/p95/p99 per route and the errors, then checks that every
// acknowledged note is stored exactly once. Run in Release:
//   dotnet run -c Release --project tests/Mechelen.Web.Benchmarks -- generate /tmp/mixed.db 100000
//   dotnet run -c Release --project tests/Mechelen.Capture.Benchmarks -- mixed --db /tmp/mixed.db --seconds 60
// Options: --rate (notes/s in all), --rapporteurs, --officers, --downloaders, --report (the report's query string).
// The notes stay in the database file; the accounts are new on every run.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

internal static partial class CaptureLoad
{
    private static readonly string[] SearchWords = ["integracion", "housing", "schools", "mayors", "climate", "newcomers", "cohesion", "skills"];

    public static async Task<int> MixedAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--db");
        if (at < 0 || at + 1 >= args.Length || !File.Exists(args[at + 1]))
        {
            Console.Error.WriteLine("usage: mixed --db <sqlite file made by the generator> [--seconds 60] [--rate 20] [--rapporteurs 20] [--officers 10] [--downloaders 2] [--report \"status=Validated&session=1\"]");
            return 2;
        }

        var seconds = Option(args, "--seconds", 60);
        var rate = Option(args, "--rate", 20);
        var rapporteurs = Option(args, "--rapporteurs", 20);
        var officers = Option(args, "--officers", 10, least: 0);
        var downloaders = Option(args, "--downloaders", 2, least: 0);
        var reportAt = Array.IndexOf(args, "--report");
        using var app = new LoadApp(Path.GetFullPath(args[at + 1]));
        var baseUrl = app.Start();
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var (eventCode, sessions, areas) = await app.ArrangeAsync(rapporteurs, Password, $"mixed-{run}-");
        var officerEmails = await app.UsersAsync(officers + downloaders, $"mixed-{run}-officer-", Password, Roles.PolicyOfficer);
        var areaCodes = await app.AreaCodesAsync();
        var report = reportAt >= 0 && reportAt + 1 < args.Length ? args[reportAt + 1] : $"status=Validated&session={sessions[0]}";
        var recommendations = await app.CountAsync();
        Console.WriteLine($"{recommendations:N0} recommendations; {rapporteurs} rapporteurs saving {rate} notes/s in all, {officers} officers on the list, " +
            $"{downloaders} downloading /reports/outcome.pdf?{report}, for {seconds} s, app at {baseUrl}");

        var timings = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentBag<string>();
        var acknowledged = new ConcurrentDictionary<Guid, int>();
        var unfinished = 0;
        void Time(string route, double ms) => timings.GetOrAdd(route, _ => []).Add(ms);

        HttpClient NewClient() => new(new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var rapporteurClients = Enumerable.Range(0, rapporteurs).Select(_ => NewClient()).ToList();
        var officerClients = Enumerable.Range(0, officers + downloaders).Select(_ => NewClient()).ToList();
        // Signed in before the window, timed apart (the password hash is meant to be slow).
        await Task.WhenAll(
            rapporteurClients.Select(async (c, r) => await TimedSignInAsync(c, $"mixed-{run}-{r}@mechelen.example")).Concat(
            officerClients.Select(async (c, o) => await TimedSignInAsync(c, officerEmails[o]))));

        async Task TimedSignInAsync(HttpClient client, string email)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await SignInAsync(client, email);
                Time("sign-in (before the window)", watch.Elapsed.TotalMilliseconds);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
            {
                errors.Add($"sign-in: {ex.Message}");
            }
        }

        // Each rapporteur opens the capture page and saves a first note, and each officer opens the list, before the
        // window, timed apart: the first request of a kind after start-up compiles its queries and code once.
        var tokens = await Task.WhenAll(rapporteurClients.Select(async (client, r) =>
        {
            var capture = $"/sessions/{sessions[r]}/capture";
            var watch = Stopwatch.StartNew();
            using var page = await client.GetAsync(capture);
            var html = await page.Content.ReadAsStringAsync();
            Time("first capture page (before the window)", watch.Elapsed.TotalMilliseconds);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                errors.Add($"first capture page: {(int)page.StatusCode}");
                return null;
            }

            var token = TokenPattern().Match(html).Groups[1].Value;
            var key = Guid.NewGuid();
            var (ms, id, error) = await SaveAsync(client, capture, Note(r, 0, key, token, areas[0]));
            Time("first save (before the window)", ms);
            if (error is null)
            {
                acknowledged[key] = id!.Value;
            }
            else
            {
                errors.Add("first " + error);
            }

            return token;
        }).Concat(officerClients.Take(officers).Select(async client =>
        {
            var watch = Stopwatch.StartNew();
            using var list = await client.GetAsync($"/recommendations?event={eventCode}");
            await list.Content.ReadAsByteArrayAsync();
            Time("first list (before the window)", watch.Elapsed.TotalMilliseconds);
            if (list.StatusCode != HttpStatusCode.OK)
            {
                errors.Add($"first list: {(int)list.StatusCode}");
            }

            return (string?)null;
        })));

        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        bool Running() => Stopwatch.GetTimestamp() < stopAt;
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var collections = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();

        // Each rapporteur sends a note every rapporteurs/rate seconds, on a fixed schedule (open loop: a slow answer does not slow the arrivals).
        var interval = TimeSpan.FromSeconds((double)rapporteurs / rate);
        var savers = rapporteurClients.Select(async (client, r) =>
        {
            var random = new Random(r);
            var capture = $"/sessions/{sessions[r]}/capture";
            var next = TimeSpan.FromMilliseconds(random.Next((int)interval.TotalMilliseconds + 1));
            var token = tokens[r];
            var pending = new List<Task>();
            for (var n = 1; Running(); n++)
            {
                var wait = next - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                next += interval;
                try
                {
                    if (token is null || n % 10 == 0)
                    {
                        var watch = Stopwatch.StartNew();
                        using var page = await client.GetAsync(capture);
                        var html = await page.Content.ReadAsStringAsync();
                        Time("capture page", watch.Elapsed.TotalMilliseconds);
                        if (page.StatusCode != HttpStatusCode.OK)
                        {
                            errors.Add($"capture page: {(int)page.StatusCode}");
                            continue;
                        }

                        token = TokenPattern().Match(html).Groups[1].Value;
                    }

                    var key = Guid.NewGuid();
                    var fields = Note(r, n, key, token, areas[random.Next(areas.Count)]);
                    pending.Add(Task.Run(async () =>
                    {
                        var (ms, id, error) = await SaveAsync(client, capture, fields);
                        Time("save", ms);
                        if (error is not null)
                        {
                            errors.Add(error);
                        }
                        else
                        {
                            acknowledged[key] = id!.Value;
                        }
                    }));
                }
                catch (HttpRequestException ex)
                {
                    errors.Add($"rapporteur: {ex.Message}");
                }
            }

            await Task.WhenAll(pending);
        });

        // Officers page through varied filters: an area or two, a level, a status, now and then a word, pages 1 to 4.
        var readers = officerClients.Take(officers).Select(async (client, o) =>
        {
            var random = new Random(1000 + o);
            while (Running())
            {
                var query = new List<string> { $"event={eventCode}" };
                query.AddRange(areaCodes.OrderBy(_ => random.Next()).Take(random.Next(3)).Select(a => $"area={a}"));
                if (random.Next(2) == 0)
                {
                    query.Add($"level={(GovernanceLevels)(1 << random.Next(5))}");
                }

                if (random.Next(2) == 0)
                {
                    query.Add($"status={(RecommendationStatus)random.Next(1, 4)}");
                }

                var route = "list";
                if (random.Next(3) == 0)
                {
                    query.Add($"q={SearchWords[random.Next(SearchWords.Length)]}");
                    route = "list with a search";
                }

                query.Add($"page={random.Next(1, 5)}");
                await TimedGetAsync(client, route, "/recommendations?" + string.Join('&', query));
                await Task.Delay(250 + random.Next(500));
            }
        });

        // Downloaders ask for the PDF; a large report answers with its page until its file is prepared in the background,
        // so they prepare it there (as the page's button does), follow its progress and download the file, again and again.
        var reports = officerClients.Skip(officers).Select(async client =>
        {
            var pdf = $"/reports/outcome.pdf?event={eventCode}&{report}";
            while (Running())
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(pdf);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        Time("report PDF", watch.Elapsed.TotalMilliseconds);
                    }
                    else if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } page)
                    {
                        await PrepareAsync(client, page.ToString(), watch);
                    }
                    else
                    {
                        errors.Add($"report PDF: {(int)response.StatusCode}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    errors.Add($"report PDF: {ex.Message}");
                }

                await Task.Delay(1000);
            }
        });

        async Task PrepareAsync(HttpClient client, string page, Stopwatch watch)
        {
            var html = await client.GetStringAsync(page);
            var build = BuildPattern().Match(html).Groups[1].Value;
            if (build.Length == 0)
            {
                var at = html.IndexOf("action=\"/reports/builds\"", StringComparison.Ordinal);
                var form = at < 0 ? "" : html[at..html.IndexOf("</form>", at, StringComparison.Ordinal)];
                using var queued = await client.PostAsync("/reports/builds", new FormUrlEncodedContent(
                    [.. PrepareFields().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))),
                        new("__RequestVerificationToken", TokenPattern().Match(html).Groups[1].Value)]));
                html = queued.Headers.Location is { } location ? await client.GetStringAsync(location) : "";
                build = BuildPattern().Match(html).Groups[1].Value;
            }

            if (build.Length == 0)
            {
                errors.Add("report PDF: not queued");
                return;
            }

            Time("report page, queue (before the build)", watch.Elapsed.TotalMilliseconds);
            string status;
            string? file = null;
            do
            {
                await Task.Delay(250);
                using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(build));
                status = json.RootElement.GetProperty("status").GetString()!;
                if (json.RootElement.GetProperty("download") is { ValueKind: System.Text.Json.JsonValueKind.Object } download)
                {
                    file = download.GetProperty("url").GetString();
                }
            }
            while (status is "queued" or "building" && Running());

            if (file is null)
            {
                // A build still running when the window closes is cut short by the benchmark, not failed.
                if (status is "queued" or "building")
                {
                    Interlocked.Increment(ref unfinished);
                }
                else
                {
                    errors.Add($"report PDF: {status}");
                }

                return;
            }

            using var got = await client.GetAsync(file);
            await got.Content.ReadAsByteArrayAsync();
            Time("report PDF prepared in the background (ask → file)", watch.Elapsed.TotalMilliseconds);
        }

        async Task TimedGetAsync(HttpClient client, string route, string url)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                Time(route, watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    errors.Add($"{route}: {(int)response.StatusCode}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                errors.Add($"{route}: {ex.Message}");
            }
        }

        await Task.WhenAll(savers.Concat(readers).Concat(reports));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var pausedMs = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
        var collected = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collections[g]).ToArray();
        rapporteurClients.Concat(officerClients).ToList().ForEach(c => c.Dispose());

        foreach (var (route, values) in timings.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{route,-28} {Summary(values)}, {values.Count / elapsed:0.0}/s");
        }

        // Processor time of this process (app and clients): how much of the machine the mix needs, whatever else runs on it.
        Console.WriteLine(FormattableString.Invariant($"cpu {cpuMs / 1000 / elapsed:0.00} cores busy on average over {elapsed:0} s"));
        // Every thread of the process stops for a collection's pause: the app's requests and the clients' timers alike.
        Console.WriteLine(FormattableString.Invariant(
            $"gc {collected[0]} collections ({collected[1]} of generation 1, {collected[2]} of generation 2), paused {pausedMs:0} ms in all ({pausedMs / 10 / elapsed:0.0} % of the window)"));
        if (unfinished > 0)
        {
            Console.WriteLine($"report builds still running when the window closed: {unfinished}");
        }

        Console.WriteLine($"errors {errors.Count}{(errors.IsEmpty ? "" : ": " + string.Join("; ", errors.GroupBy(e => e).Select(g => $"{g.Key} ×{g.Count()}").Take(5)))}");
        var stored = await app.StoredOnceAsync(acknowledged.Keys.ToList());
        var ok = errors.IsEmpty && stored.Count == acknowledged.Count && acknowledged.All(a => stored.TryGetValue(a.Key, out var ids) && ids.Count == 1 && ids[0] == a.Value);
        Console.WriteLine($"acknowledged {acknowledged.Count}, stored once {stored.Count(s => s.Value.Count == 1)}, stored more than once {stored.Count(s => s.Value.Count > 1)}");
        Console.WriteLine(ok ? "OK: every acknowledged note stored once, no errors" : "FAILED: see above");
        return ok ? 0 : 1;
    }

    [System.Text.RegularExpressions.GeneratedRegex("data-build=\"(/reports/builds/\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex BuildPattern();

    // The first prepare form's hidden fields (the report's filter, language and format), as the page's button posts them.
    [System.Text.RegularExpressions.GeneratedRegex("<input type=\"hidden\" name=\"(event|area|cluster|session|level|actor|language|q|lang|format)\" value=\"([^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex PrepareFields();
}
