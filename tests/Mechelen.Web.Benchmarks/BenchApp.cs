using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mechelen.Web.Benchmarks;

/// <summary>The real app in-process, in Production mode, on the benchmark's SQLite file.</summary>
internal sealed partial class BenchApp : WebApplicationFactory<Program>
{
    private readonly string _databasePath;

    public BenchApp(string databasePath)
    {
        _databasePath = databasePath;
        // Outside a test project there is no content-root manifest: point the factory at the web project.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Mechelen.sln")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MECHELEN_WEB",
            Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "src", "Mechelen.Web"));
    }

    public const string Email = "bench.officer@example.org";
    public const string Password = "benchmark officer 2017";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Mechelen", $"Data Source={_databasePath}");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddFilter("Mechelen.Requests", LogLevel.Warning);
            if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
            {
                // Each statement with its duration, to see where a page's time goes.
                logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
            }
        });
    }

    /// <summary>A client signed in as a policy officer (created on first use), and its auth cookie for wrk.</summary>
    public async Task<(HttpClient Client, string Cookie)> SignInAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync(Email) is null)
            {
                var user = new ApplicationUser { UserName = Email, Email = Email, DisplayName = "Bench officer", EmailConfirmed = true };
                await users.CreateAsync(user, Password);
                await users.AddToRoleAsync(user, Roles.PolicyOfficer);
            }
        }

        var cookies = new CookieContainer();
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/account/login");
        var token = Token().Match(login).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(
            [new("Email", Email), new("Password", Password), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        }

        var auth = response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("mechelen.auth=", StringComparison.Ordinal));
        return (client, auth[..auth.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>What any save to recommendation data does to the change stamp, without changing a row.</summary>
    public async Task BumpChangeStampAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        await db.Database.ExecuteSqlAsync($"UPDATE ChangeStamps SET Value = Value + 1 WHERE Scope = {ChangeStamp.Recommendations}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
