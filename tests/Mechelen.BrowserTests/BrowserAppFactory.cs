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

    public async Task<ApplicationUser> CreateUserAsync(string email, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = $"Browser {role}", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>A rapporteur assigned to the first guided discussion; returns the session id.</summary>
    public async Task<int> CreateRapporteurAsync(string email, string password)
    {
        var user = await CreateUserAsync(email, password, Roles.Rapporteur);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var sessionId = await db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).Select(s => s.Id).FirstAsync();
        db.RapporteurAssignments.Add(new RapporteurAssignment { UserId = user.Id, SessionId = sessionId });
        await db.SaveChangesAsync();
        return sessionId;
    }

    /// <summary>Submitted recommendations, each in the given area and the guided discussion of the given index, oldest first.</summary>
    public async Task<int[]> AddRecommendationsAsync(params (string Text, string AreaCode, int SessionIndex)[] specs)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var sessions = await db.Sessions.Where(s => s.Kind == SessionKind.GuidedDiscussion).OrderBy(s => s.StartsAt).ToListAsync();
        var areas = await db.GovernanceAreas.ToListAsync();
        var now = DateTime.UtcNow;
        var added = specs.Select((spec, i) =>
        {
            var session = sessions[spec.SessionIndex];
            var r = new Recommendation
            {
                EventId = session.EventId,
                SessionId = session.Id,
                Text = spec.Text,
                Levels = GovernanceLevels.Local,
                Actors = ActorGroups.LocalRegionalGovernments,
                Status = RecommendationStatus.Submitted,
                Language = RecommendationLanguage.English,
                CapturedByName = "Browser rapporteur",
                CreatedAt = now.AddSeconds(i),
                UpdatedAt = now.AddSeconds(i),
            };
            r.Areas.Add(areas.Single(a => a.Code == spec.AreaCode));
            return r;
        }).ToList();
        db.Recommendations.AddRange(added);
        await db.SaveChangesAsync();
        return added.Select(r => r.Id).ToArray();
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
