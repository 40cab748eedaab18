using System.Net;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.BrowserTests;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, on a fresh SQLite file, for a real browser to talk to.</summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mechelen-browser-").FullName;

    public BrowserAppFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mechelen", $"Data Source={Path.Combine(_folder, "mechelen.db")}");
    }

    /// <summary>A rapporteur assigned to the first guided discussion; returns the session id.</summary>
    public async Task<int> CreateRapporteurAsync(string email, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "Browser rapporteur", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Rapporteur)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var sessionId = await db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
        db.RapporteurAssignments.Add(new RapporteurAssignment { UserId = user.Id, SessionId = sessionId });
        await db.SaveChangesAsync();
        return sessionId;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans its temp folder; a file still closing must not fail the run.
            }
        }
    }
}
