using System.Text;
using Mechelen.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Data.Seeding;

/// <summary>
/// One account per role with a published password, for trying the app out. Created only when demo
/// content is on (Development, or <c>Seeding:LoadDemoContent=true</c>); the demo rapporteur is
/// assigned to every session, so capture works at once.
/// </summary>
public sealed class DemoAccounts(MechelenDbContext db, UserManager<ApplicationUser> users, ILogger<DemoAccounts> logger)
{
    public sealed record Account(string Role, string Email, string Password, string DisplayName);

    public static readonly IReadOnlyList<Account> All =
    [
        new(Roles.Rapporteur, "rapporteur@mechelen.example", "rapporteur-2017", "Demo rapporteur"),
        new(Roles.PolicyOfficer, "officer@mechelen.example", "officer-2017", "Demo policy officer"),
        new(Roles.Secretariat, "secretariat@mechelen.example", "secretariat-2017", "Demo secretariat"),
        new(Roles.Admin, "admin@mechelen.example", "admin-2017-demo", "Demo administrator"),
    ];

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var created = new List<Account>();
        ApplicationUser? rapporteur = null;
        foreach (var account in All)
        {
            var user = await users.FindByEmailAsync(account.Email);
            if (user is null)
            {
                user = new ApplicationUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName };
                Check(await users.CreateAsync(user, account.Password), account.Email);
                Check(await users.AddToRoleAsync(user, account.Role), account.Email);
                created.Add(account);
            }

            if (account == All[0])
            {
                rapporteur = user;
            }
        }

        if (rapporteur is not null)
        {
            // Sessions added since the last start get the demo rapporteur too.
            var assigned = await db.RapporteurAssignments.Where(a => a.UserId == rapporteur.Id).Select(a => a.SessionId).ToListAsync(cancellationToken);
            var missing = await db.Sessions.Where(s => !assigned.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
            db.RapporteurAssignments.AddRange(missing.Select(id => new RapporteurAssignment { UserId = rapporteur.Id, SessionId = id }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (created.Count > 0)
        {
            var table = new StringBuilder("Demo accounts created (demo content is on; never use these outside a demonstration):");
            foreach (var account in created)
            {
                table.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  {account.Role,-14} {account.Email,-30} {account.Password}");
            }

            logger.LogWarning("{Accounts}", table.ToString());
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
