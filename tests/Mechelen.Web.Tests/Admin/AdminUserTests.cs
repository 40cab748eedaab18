using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Admin;

public sealed class AdminUserTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task Admin_InvitesAUser_AssignsSessions_AndEveryWriteIsAudited()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var email = $"new-{Guid.NewGuid():N}@test.example";
        var (invited, html) = await InvitationTests.InviteAsync(admin, $"Amina; {email}; Rapporteur");
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var sessions = await factory.SessionIdsAsync();
        var edit = $"/admin/users/{user.Id}";
        var saved = await admin.PostFormAsync(edit, edit,
            [new("Form.DisplayName", "Amina B."), new("Form.Roles", Roles.Rapporteur), new("Form.Roles", Roles.PolicyOfficer), new("Form.SessionIds", sessions[0].ToString()), new("Form.SessionIds", sessions[2].ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var reloaded = (await users.FindByEmailAsync(email))!;
        Assert.Equal("Amina B.", reloaded.DisplayName);
        Assert.Equal([Roles.PolicyOfficer, Roles.Rapporteur], (await users.GetRolesAsync(reloaded)).Order());
        Assert.Equal([sessions[0], sessions[2]], await factory.WithDbAsync(db => db.RapporteurAssignments.Where(a => a.UserId == user.Id).Select(a => a.SessionId).OrderBy(i => i).ToListAsync()));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "User" && a.EntityId == user.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["invitation-issue", "user-create", "user-update"], actions.Order());

        // The new rapporteur sets a password through the link and captures in an assigned session.
        var client = factory.CreateBrowserClient();
        var link = new Uri(InvitationTests.Links(html)[0]).PathAndQuery;
        await client.SubmitAsync(link, "/account/invitation", f => f.With("Form.Password", "first-pass-77").With("Form.Confirm", "first-pass-77"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sessions/{sessions[2]}/capture")).StatusCode);
    }

    [Fact]
    public async Task EditingOnlyTheName_AsTheFormPostsIt_KeepsRolesAndSessions()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var sessions = await factory.SessionIdsAsync();
        var user = await factory.CreateUserAsync($"kept-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur, Roles.Secretariat);
        await factory.AssignAsync(user.Id, sessions[1]);
        var url = $"/admin/users/{user.Id}";

        var saved = await admin.SubmitAsync(url, url, fields => fields.With("Form.DisplayName", "Renamed only"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var reloaded = (await users.FindByIdAsync(user.Id))!;
        Assert.Equal("Renamed only", reloaded.DisplayName);
        Assert.Equal([Roles.Rapporteur, Roles.Secretariat], (await users.GetRolesAsync(reloaded)).Order());
        Assert.Equal([sessions[1]], await factory.WithDbAsync(db => db.RapporteurAssignments.Where(a => a.UserId == user.Id).Select(a => a.SessionId).ToListAsync()));
    }

    [Fact]
    public async Task DisablingAUser_BlocksSignIn_AndEndsTheirOpenSession()
    {
        // Stamp checked on every request here, so the test need not wait the production minute.
        using var quick = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var sessionId = (await factory.SessionIdsAsync())[0];
        var email = $"leaving-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        await factory.AssignAsync(user.Id, sessionId);
        var victim = quick.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await victim.SignInAsync(email, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync($"/sessions/{sessionId}/capture")).StatusCode);

        var admin = quick.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var adminUser = await factory.CreateUserAsync($"admin-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Admin);
        await admin.SignInAsync(adminUser.Email!, TestAccounts.Password);
        var disabled = await admin.PostFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/disable", []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        var after = await victim.GetAsync($"/sessions/{sessionId}/capture");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.AbsolutePath);
        var again = await quick.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false })
            .PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", TestAccounts.Password)]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("The e-mail or password is not correct", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == user.Id && a.Action == "user-disable")));

        var enabled = await admin.PostFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/enable", []);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        await factory.CreateBrowserClient().SignInAsync(email, TestAccounts.Password);
    }

    [Fact]
    public async Task ANewLinkForSomeoneWhoForgot_SetsANewPassword_AndTheOldOneNoLongerWorks()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var email = $"forgetful-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Secretariat);
        Assert.Contains("This person has set a password.", WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{user.Id}")));

        var issued = await admin.PostFormAsync($"/admin/users/{user.Id}", $"/admin/users/{user.Id}/invitation", []);
        var link = new Uri(InvitationTests.Links(WebUtility.HtmlDecode(await issued.Content.ReadAsStringAsync()))[0]).PathAndQuery;
        Assert.Contains("An invitation link is open until", WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{user.Id}")));
        var owner = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(link, "/account/invitation",
            f => f.With("Form.Password", "brand-new-pass-9").With("Form.Confirm", "brand-new-pass-9"))).StatusCode);

        await factory.CreateBrowserClient().SignInAsync(email, "brand-new-pass-9");
        var old = await factory.CreateBrowserClient().PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", TestAccounts.Password)]);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == user.Id && a.Action == "invitation-accept")));
    }

    [Fact]
    public async Task Admin_CannotDisableThemselvesOrDropTheirOwnAdminRole()
    {
        var (admin, me) = await factory.SignedInAsync(Roles.Admin);
        await admin.PostFormAsync($"/admin/users/{me.Id}", $"/admin/users/{me.Id}/disable", []);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == me.Id).Select(u => u.IsDisabled).SingleAsync()));

        var demote = await admin.PostFormAsync($"/admin/users/{me.Id}", $"/admin/users/{me.Id}", [new("Form.DisplayName", "Me"), new("Form.Roles", Roles.Rapporteur)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.Contains("You cannot remove your own Admin role", WebUtility.HtmlDecode(await demote.Content.ReadAsStringAsync()));
    }
}
