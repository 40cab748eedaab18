// Load on the capture path over a real socket: N simulated rapporteurs, each signed in with its own cookies,
// loading the capture page and saving notes in a loop as the page's script does (a form post with the page's
// antiforgery token, answered with JSON), with some double submits (two posts of one note at once) and some
// retries after a dropped response (the first answer is thrown away, the note sent again with its key).
// Sign-ins, each rapporteur's first page and first save come before the measured window and are printed apart
// (the first requests after start-up compile queries and code). Prints p50/p95/p99 for the page and the save and the errors, then checks that every acknowledged note is
// stored once and is in the JSON export. Loopback only, bounded in time. Run in Release:
//   dotnet run -c Release --project tests/Mechelen.Capture.Benchmarks -- load --rapporteurs 50 --seconds 60
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mechelen.Web;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

internal static partial class CaptureLoad
{
    private const string Password = "load-pass-2017";

    public static async Task<int> RunAsync(string[] args)
    {
        var rapporteurs = Option(args, "--rapporteurs", 50);
        var seconds = Option(args, "--seconds", 60);
        var thinkMs = Option(args, "--think-ms", 1000);
        using var app = new LoadApp();
        var baseUrl = app.Start();
        var (eventCode, sessions, areas) = await app.ArrangeAsync(rapporteurs, Password);
        Console.WriteLine($"{rapporteurs} rapporteurs on {sessions.Distinct().Count()} sessions for {seconds} s, {thinkMs} ms between actions, app at {baseUrl}");

        var pages = new ConcurrentBag<double>();
        var saves = new ConcurrentBag<double>();
        var signIns = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        var acknowledged = new ConcurrentDictionary<Guid, int>();
        var doubles = 0;
        var retries = 0;

        // Everyone signs in first, all at once as when the room opens, timed as a route of its own: the password
        // hash is meant to be slow, and it is not what the capture page or the save cost.
        var clients = Enumerable.Range(0, rapporteurs).Select(_ => new HttpClient(new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = new Uri(baseUrl) }).ToList();
        var signedIn = await Task.WhenAll(Enumerable.Range(0, rapporteurs).Select(async r =>
        {
            try
            {
                var watch = Stopwatch.StartNew();
                await SignInAsync(clients[r], $"load-{r}@mechelen.example");
                signIns.Add(watch.Elapsed.TotalMilliseconds);
                return true;
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException)
            {
                errors.Add($"sign-in: {ex.Message}");
                return false;
            }
        }));

        // Then everyone opens the capture page and saves a first note, all at once, also before the window: the first
        // request of a kind after the app starts pays for compiling its queries and code once, which a running
        // conference paid long before. Those first notes are checked like the others.
        var firstPages = new ConcurrentBag<double>();
        var firstSaves = new ConcurrentBag<double>();
        var tokens = await Task.WhenAll(Enumerable.Range(0, rapporteurs).Select(async r =>
        {
            if (!signedIn[r])
            {
                return null;
            }

            var watch = Stopwatch.StartNew();
            using var page = await clients[r].GetAsync($"/sessions/{sessions[r]}/capture");
            var html = await page.Content.ReadAsStringAsync();
            firstPages.Add(watch.Elapsed.TotalMilliseconds);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                errors.Add($"first page: {(int)page.StatusCode}");
                return null;
            }

            var token = TokenPattern().Match(html).Groups[1].Value;
            var key = Guid.NewGuid();
            var (ms, id, error) = await SaveAsync(clients[r], $"/sessions/{sessions[r]}/capture", Note(r, 0, key, token, areas[0]));
            firstSaves.Add(ms);
            if (error is not null)
            {
                errors.Add("first " + error);
            }
            else
            {
                acknowledged[key] = id!.Value;
            }

            return token;
        }));

        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await Task.WhenAll(Enumerable.Range(0, rapporteurs).Where(r => signedIn[r]).Select(async r =>
        {
            var client = clients[r];
            var random = new Random(r);
            await Task.Delay(random.Next(thinkMs + 1));

            var capture = $"/sessions/{sessions[r]}/capture";
            var token = tokens[r];
            for (var n = 1; Stopwatch.GetTimestamp() < stopAt; n++)
            {
                try
                {
                    if (token is null || n % 5 == 0)
                    {
                        // The page is opened at the start and now and then (a reload, a second tab).
                        var watch = Stopwatch.StartNew();
                        using var page = await client.GetAsync(capture);
                        var html = await page.Content.ReadAsStringAsync();
                        pages.Add(watch.Elapsed.TotalMilliseconds);
                        if (page.StatusCode != HttpStatusCode.OK)
                        {
                            errors.Add($"page: {(int)page.StatusCode}");
                            continue;
                        }

                        token = TokenPattern().Match(html).Groups[1].Value;
                    }

                    var key = Guid.NewGuid();
                    var fields = Note(r, n, key, token, areas[random.Next(areas.Count)]);
                    if (n % 10 == 3)
                    {
                        // A double submit: two posts of the same note at the same time, one recommendation.
                        Interlocked.Increment(ref doubles);
                        var both = await Task.WhenAll(SaveAsync(client, capture, fields), SaveAsync(client, capture, fields));
                        Record(both[0]);
                        Record(both[1]);
                        if (both[0].Id is { } a && both[1].Id is { } b && a != b)
                        {
                            errors.Add($"double submit stored twice: {a} and {b}");
                        }
                    }
                    else if (n % 10 == 7)
                    {
                        // The answer is lost on the way back: the page sends the note again with its key.
                        Interlocked.Increment(ref retries);
                        var lost = await SaveAsync(client, capture, fields);
                        var again = await SaveAsync(client, capture, fields);
                        Record(lost);
                        Record(again);
                        if (lost.Id is { } a && again.Id is { } b && a != b)
                        {
                            errors.Add($"retry stored twice: {a} and {b}");
                        }
                    }
                    else
                    {
                        Record(await SaveAsync(client, capture, fields));
                    }

                    void Record((double Ms, int? Id, string? Error) result)
                    {
                        saves.Add(result.Ms);
                        if (result.Error is not null)
                        {
                            errors.Add(result.Error);
                        }
                        else
                        {
                            acknowledged[key] = result.Id!.Value;
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    errors.Add($"request: {ex.Message}");
                }

                await Task.Delay(thinkMs / 2 + random.Next(thinkMs + 1));
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        clients.ForEach(c => c.Dispose());

        Console.WriteLine($"sign-in {Summary(signIns)} (before the measured window)");
        Console.WriteLine($"first page {Summary(firstPages)}, first save {Summary(firstSaves)} (before the measured window, the first after start-up)");
        Console.WriteLine($"page  {Summary(pages)}");
        Console.WriteLine($"save  {Summary(saves)}, {saves.Count / elapsed:0} requests/s ({doubles} double submits, {retries} retries after a lost answer)");
        // Processor time of this process (app and load clients) per request: less sensitive than wall time to other work on the machine.
        Console.WriteLine(FormattableString.Invariant($"cpu   {cpuMs / Math.Max(1, pages.Count + saves.Count):0.0} ms per request (app and clients), {cpuMs / 1000 / elapsed:0.00} cores busy on average"));
        Console.WriteLine($"errors {errors.Count}{(errors.IsEmpty ? "" : ": " + string.Join("; ", errors.GroupBy(e => e).Select(g => $"{g.Key} ×{g.Count()}").Take(5)))}");

        var stored = await app.StoredAsync();
        var exported = await LoadApp.ExportedAsync(baseUrl, eventCode);
        var ids = acknowledged.Values.ToHashSet();
        var storedOnce = stored.Count == stored.Distinct().Count();
        Console.WriteLine($"acknowledged {ids.Count}, stored {stored.Count}, in the JSON export {exported.Count(ids.Contains)} of {exported.Count}");
        var ok = errors.IsEmpty && storedOnce && ids.Count == stored.Count && ids.SetEquals(stored) && exported.Count == stored.Count && ids.SetEquals(exported);
        Console.WriteLine(ok ? "OK: nothing lost, nothing stored twice" : "FAILED: see above");
        return ok ? 0 : 1;
    }

    private static List<KeyValuePair<string, string>> Note(int rapporteur, int n, Guid key, string token, int area) =>
    [
        new("Text", $"Rapporteur {rapporteur}, note {n}: give cities direct access to funding for the reception and inclusion of newcomers."),
        new("Rationale", ""),
        new("AreaIds", area.ToString(CultureInfo.InvariantCulture)),
        new("Levels", "1"),
        new("Actors", "2"),
        new("Language", "English"),
        new("IdempotencyKey", key.ToString()),
        new("__RequestVerificationToken", token),
    ];

    private static async Task<(double Ms, int? Id, string? Error)> SaveAsync(HttpClient client, string capture, List<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, capture) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Requested-With", "fetch");
        request.Headers.Add("Accept", "application/json");
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (ms, null, $"save: {(int)response.StatusCode}");
        }

        using var json = JsonDocument.Parse(body);
        return (ms, json.RootElement.GetProperty("id").GetInt32(), null);
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var html = await client.GetStringAsync("/account/login");
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = TokenPattern().Match(html).Groups[1].Value };
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in answered {(int)response.StatusCode}");
        }
    }

    private static string Summary(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return "no requests";
        }

        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return FormattableString.Invariant($"{sorted.Count} requests: p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }

    private static int Option(string[] args, string name, int fallback, int least = 1)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value >= least ? value : fallback;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>The app as in production (Release, Production environment; an empty database, or the given file) on Kestrel at 127.0.0.1.</summary>
    private sealed class LoadApp(string? databasePath = null) : WebApplicationFactory<Program>
    {
        private readonly string? _folder = databasePath is null ? Directory.CreateTempSubdirectory("mechelen-load-").FullName : null;

        public string Start()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Mechelen", $"Data Source={databasePath ?? Path.Combine(_folder!, "mechelen.db")}");
            // Every simulated rapporteur signs in from the same loopback address.
            builder.UseSetting("SignInThrottle:PermitLimit", "10000");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Mechelen", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }

        /// <summary>One rapporteur account per simulated rapporteur, spread over the guided discussions, and a policy officer who exports.</summary>
        public async Task<(string EventCode, int[] Sessions, List<int> Areas)> ArrangeAsync(int rapporteurs, string password, string prefix = "load-")
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
            var sessions = await db.Sessions.OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.Event.Code }).ToListAsync();
            var assigned = new int[rapporteurs];
            for (var r = 0; r < rapporteurs; r++)
            {
                var user = await CreateAsync(users, $"{prefix}{r}@mechelen.example", password, Roles.Rapporteur);
                assigned[r] = sessions[r % sessions.Count].Id;
                db.RapporteurAssignments.Add(new RapporteurAssignment { UserId = user.Id, SessionId = assigned[r] });
            }

            if (prefix == "load-")
            {
                await CreateAsync(users, "load-officer@mechelen.example", password, Roles.PolicyOfficer);
            }

            await db.SaveChangesAsync();
            return (sessions[0].Code, assigned, await db.GovernanceAreas.Select(a => a.Id).ToListAsync());
        }

        private static async Task<ApplicationUser> CreateAsync(UserManager<ApplicationUser> users, string email, string password, string role)
        {
            var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            return user;
        }

        /// <summary>New accounts with one role, by email.</summary>
        public async Task<List<string>> UsersAsync(int count, string prefix, string password, string role)
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var emails = new List<string>();
            for (var i = 0; i < count; i++)
            {
                emails.Add((await CreateAsync(users, $"{prefix}{i}@mechelen.example", password, role)).Email!);
            }

            return emails;
        }

        public async Task<List<string>> AreaCodesAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MechelenDbContext>().GovernanceAreas.Select(a => a.Code).ToListAsync();
        }

        public async Task<int> CountAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MechelenDbContext>().Recommendations.CountAsync();
        }

        /// <summary>The ids stored under each of these idempotency keys.</summary>
        public async Task<Dictionary<Guid, List<int>>> StoredOnceAsync(List<Guid> keys)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
            var found = new List<(Guid Key, int Id)>();
            foreach (var chunk in keys.Chunk(500))
            {
                var nullable = chunk.Select(k => (Guid?)k).ToList();
                found.AddRange((await db.Recommendations.Where(r => nullable.Contains(r.IdempotencyKey)).Select(r => new { r.IdempotencyKey, r.Id }).ToListAsync())
                    .Select(r => (r.IdempotencyKey!.Value, r.Id)));
            }

            return found.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.Select(f => f.Id).ToList());
        }

        public async Task<List<int>> StoredAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
            return await db.Recommendations.Select(r => r.Id).ToListAsync();
        }

        /// <summary>The ids in the JSON export, as a policy officer downloads it.</summary>
        public static async Task<List<int>> ExportedAsync(string baseUrl, string eventCode)
        {
            using var client = new HttpClient(new CookieJar { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false } }) { BaseAddress = new Uri(baseUrl) };
            await SignInAsync(client, "load-officer@mechelen.example");
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/recommendations/export.json?event={eventCode}"));
            return json.RootElement.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_folder is null)
            {
                return;
            }

            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS temp cleaner.
            }
        }
    }
}
