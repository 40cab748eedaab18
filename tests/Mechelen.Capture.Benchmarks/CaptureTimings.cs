// Measures the capture path through the whole server pipeline (routing, authentication, antiforgery,
// validation, the insert with its audit entry and full-text triggers, the redirect) on a real SQLite
// file, and the import of a 5,000-row template. Run in Release:
//   dotnet run -c Release --project tests/Mechelen.Capture.Benchmarks
// With `-- load …` it runs the load command instead (see CaptureLoad.cs), with `-- mixed …` the mixed load (MixedLoad.cs).
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Taxonomy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

internal static class CaptureTimings
{
    private const string Password = "benchmark-pass-1";

    public static async Task<int> Main(string[] args)
    {

        // Outside a test project the factory cannot guess where the web project's content lives.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Mechelen.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MECHELEN_WEB", Path.Combine(root!.FullName, "src", "Mechelen.Web"));
        if (args.Length > 0 && args[0] == "load")
        {
            return await CaptureLoad.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "mixed")
        {
            return await CaptureLoad.MixedAsync(args[1..]);
        }

        using var app = new BenchmarkApp();
        var (sessionId, sessionTitle, eventCode, areaIds, email) = await app.ArrangeAsync(Password);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await PostAsync(client, "/account/login", [new("Email", email), new("Password", Password)], HttpStatusCode.Redirect);

        var capturePage = await client.GetStringAsync($"/sessions/{sessionId}/capture");
        var token = AntiforgeryToken(capturePage);
        var timings = new List<double>();
        for (var i = 0; i < 110; i++)
        {
            var fields = new List<KeyValuePair<string, string>>
            {
                new("Text", $"Recommendation {i}: give cities direct access to funding for the reception and inclusion of newcomers."),
                new("Rationale", "Said by several mayors in the room."),
                new("AreaIds", areaIds[i % areaIds.Count].ToString()),
                new("Levels", "1"), new("Actors", "2"), new("Language", "English"),
                new("IdempotencyKey", Guid.NewGuid().ToString()), new("__RequestVerificationToken", token),
            };
            var started = Stopwatch.GetTimestamp();
            await PostAsync(client, $"/sessions/{sessionId}/capture", fields, HttpStatusCode.Redirect);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 10)
            {
                timings.Add(elapsed); // the first ten warm up the JIT, the connection pool and the caches
            }
        }

        timings.Sort();
        Console.WriteLine($"Save one recommendation (POST, full pipeline), over {timings.Count}: median {timings[timings.Count / 2]:0.00} ms, p90 {timings[(int)(timings.Count * 0.9)]:0.00} ms, min {timings[0]:0.00} ms");

        for (var run = 1; run <= 3; run++)
        {
            var workbook = Template(sessionTitle, app, run);
            var importPage = $"/events/{eventCode}/capture/import";
            var importToken = AntiforgeryToken(await client.GetStringAsync(importPage));
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(importToken), "__RequestVerificationToken");
            var file = new ByteArrayContent(workbook);
            file.Headers.ContentType = new MediaTypeHeaderValue(CaptureTemplate.ContentType);
            form.Add(file, "file", "5000.xlsx");
            var started = Stopwatch.GetTimestamp();
            var response = await client.PostAsync(importPage, form);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains("5000 recommendations saved", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Import failed: {response.StatusCode}");
            }

            Console.WriteLine($"Import a 5,000-row template ({workbook.Length / 1024} KiB), run {run}: {elapsed:0} ms");
        }

        return 0;
    }

    private static byte[] Template(string sessionTitle, BenchmarkApp app, int run)
    {
        var (choices, localizer) = app.Choices();
        using var workbook = CaptureTemplate.Build("Benchmark", [sessionTitle], choices, localizer);
        var sheet = workbook.Worksheet(CaptureTemplate.SheetName);
        for (var i = 0; i < ImportRecommendations.MaxRows; i++)
        {
            var row = i + 2;
            sheet.Cell(row, 1).Value = sessionTitle;
            sheet.Cell(row, 2).Value = $"Run {run}, row {row}: open regular pathways for work and study, and recognise skills and qualifications quickly.";
            sheet.Cell(row, 3).Value = "From the offline template.";
            sheet.Cell(row, 4).Value = $"{choices.Areas[i % choices.Areas.Count].Name}; {choices.Areas[(i + 3) % choices.Areas.Count].Name}";
            sheet.Cell(row, 5).Value = choices.Levels[i % choices.Levels.Count].Name;
            sheet.Cell(row, 6).Value = choices.Actors[i % choices.Actors.Count].Name;
            sheet.Cell(row, 7).Value = "English";
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string AntiforgeryToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static async Task PostAsync(HttpClient client, string url, List<KeyValuePair<string, string>> fields, HttpStatusCode expected)
    {
        if (!fields.Any(f => f.Key == "__RequestVerificationToken"))
        {
            var html = await client.GetStringAsync(url);
            fields.Add(new("__RequestVerificationToken", AntiforgeryToken(html)));
        }

        var response = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"POST {url}: {response.StatusCode}");
        }
    }
}

internal sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mechelen-bench-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Mechelen", $"Data Source={Path.Combine(_folder, "mechelen.db")}");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public (CapturePage.TaxonomyChoices Choices, IStringLocalizer Localizer) Choices()
    {
        using var scope = Services.CreateScope();
        var names = scope.ServiceProvider.GetRequiredService<TaxonomyReader>().NamesAsync(language: null, default).GetAwaiter().GetResult();
        return (CapturePage.Choices(names), scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>());
    }

    public async Task<(int SessionId, string Title, string EventCode, List<int> Areas, string Email)> ArrangeAsync(string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var email = "bench@mechelen.example";
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Benchmark", EmailConfirmed = true };
        await users.CreateAsync(user, password);
        await users.AddToRoleAsync(user, Roles.Rapporteur);
        var session = await db.Sessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.Title, s.Event.Code }).FirstAsync();
        db.RapporteurAssignments.Add(new RapporteurAssignment { UserId = user.Id, SessionId = session.Id });
        await db.SaveChangesAsync();
        var areas = await db.GovernanceAreas.Select(a => a.Id).ToListAsync();
        return (session.Id, session.Title, session.Code, areas, email);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
