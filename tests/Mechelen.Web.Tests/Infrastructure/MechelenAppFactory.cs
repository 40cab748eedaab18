using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a fresh temporary folder, migrated and seeded as at a first start.
/// Only the connection string (and, where a test asks, settings) are overridden.
/// </summary>
public class MechelenAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    public MechelenAppFactory()
    {
        Folder = Directory.CreateTempSubdirectory("mechelen-test-").FullName;
        DatabasePath = Path.Combine(Folder, "mechelen.db");
        _settings["ConnectionStrings:Mechelen"] = $"Data Source={DatabasePath}";
        // Every test client shares one client address; tests of the limit itself set their own.
        _settings["SignInThrottle:PermitLimit"] = "10000";
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public string Environment { get; set; } = "Testing";

    public MechelenAppFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client on https (as in production: HTTPS redirection is on outside Development) that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>The same, with its cookies in <paramref name="cookies"/>, so a test can drop one (a sign-in that ran out) or add one.</summary>
    public HttpClient CreateBrowserClient(CookieContainer cookies) =>
        CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));

    public async Task<T> WithDbAsync<T>(Func<MechelenDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MechelenDbContext>());
    }

    public async Task<ApplicationUser> CreateUserAsync(string email, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (roles.Length > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Description)));
        }

        return user;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finishing request; the OS temp folder is cleaned anyway.
            }
        }
    }
}

public static partial class HttpClientFormExtensions
{
    /// <summary>The antiforgery token of the first form on a page (the antiforgery cookie stays in the client).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        return AntiforgeryToken(html);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token on the page");
        return match.Groups[1].Value;
    }

    /// <summary>Loads <paramref name="formPageUrl"/> for its token, then posts the fields to <paramref name="actionUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPageUrl, string actionUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPageUrl);
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(all));
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", password)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
