using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>Signed-in clients for tests: each call makes a fresh account, so tests never share a user's data.</summary>
public static class TestAccounts
{
    public const string Password = "correct-horse-42";

    public static async Task<(HttpClient Client, ApplicationUser User)> SignedInAsync(this MechelenAppFactory factory, params string[] roles)
    {
        var email = $"{(roles.Length == 0 ? "nobody" : roles[0].ToLowerInvariant())}-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, Password, roles);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email, Password);
        return (client, user);
    }

    /// <summary>A signed-in rapporteur assigned to the given session.</summary>
    public static async Task<(HttpClient Client, ApplicationUser User)> RapporteurAsync(this MechelenAppFactory factory, int sessionId)
    {
        var (client, user) = await factory.SignedInAsync(Roles.Rapporteur);
        await factory.AssignAsync(user.Id, sessionId);
        return (client, user);
    }

    public static Task<int> AssignAsync(this MechelenAppFactory factory, string userId, int sessionId) =>
        factory.WithDbAsync(db =>
        {
            db.RapporteurAssignments.Add(new RapporteurAssignment { UserId = userId, SessionId = sessionId });
            return db.SaveChangesAsync();
        });

    public static Task<List<int>> SessionIdsAsync(this MechelenAppFactory factory) =>
        factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());

    public static Task<List<int>> AreaIdsAsync(this MechelenAppFactory factory) =>
        factory.WithDbAsync(db => db.GovernanceAreas.OrderBy(a => a.Order).Select(a => a.Id).ToListAsync());
}
