using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Invitations;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Admin;

public sealed partial class InvitationTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    internal static async Task<(HttpResponseMessage Response, string Html)> InviteAsync(HttpClient admin, string list, int? eventId = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("list", list) };
        if (eventId is not null)
        {
            fields.Add(new("eventId", eventId.Value.ToString()));
        }

        var response = await admin.PostFormAsync("/admin/users/new", "/admin/users/new", fields);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    internal static List<string> Links(string html) => LinkPattern().Matches(html).Select(m => m.Value).Distinct().ToList();

    private Task<(string Code, int Id)[]> SessionsAsync() =>
        factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).Select(s => ValueTuple.Create(s.Code, s.Id)).ToArrayAsync());

    [Fact]
    public async Task Admin_InvitesTwoPeople_LinksShownOnce_StoredAsHashes_AndTheInviteeSetsAPasswordAndCaptures()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var sessions = await SessionsAsync();
        var amina = $"amina-{Guid.NewGuid():N}@test.example";
        var omar = $"omar-{Guid.NewGuid():N}@test.example";

        var (response, html) = await InviteAsync(admin, $"Amina Diallo; {amina}; Rapporteur; {sessions[0].Code}, {sessions[2].Code}\nOmar\t{omar}\tPolicyOfficer, Secretariat\t");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = Links(html);
        Assert.Equal(2, links.Count);
        var secrets = links.Select(l => l.Split("token=")[1]).ToList();
        var stored = await factory.WithDbAsync(db => db.Invitations.Select(i => i.TokenHash).ToListAsync());
        Assert.All(secrets, s => Assert.Contains(InvitationTokens.Hash(s), stored));
        var everything = await factory.WithDbAsync(db => db.AuditEntries.Select(a => a.After + a.Before).ToListAsync());
        Assert.DoesNotContain(everything, text => secrets.Any(s => text.Contains(s, StringComparison.Ordinal)));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(omar))!;
            Assert.Null(user.PasswordHash);
            Assert.Equal([Roles.PolicyOfficer, Roles.Secretariat], (await users.GetRolesAsync(user)).Order());
        }

        var invitee = factory.CreateBrowserClient();
        var link = links.Single(l => html.IndexOf(l, StringComparison.Ordinal) > html.IndexOf(amina, StringComparison.Ordinal) - 400 && html.IndexOf(l, StringComparison.Ordinal) < html.IndexOf(omar, StringComparison.Ordinal));
        var path = new Uri(link).PathAndQuery;
        var set = await invitee.SubmitAsync(path, "/account/invitation", f => f.With("Form.Password", "my-own-pass-1").With("Form.Confirm", "my-own-pass-1"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal("/account/profile", set.Headers.Location!.OriginalString);
        var profile = WebUtility.HtmlDecode(await invitee.GetStringAsync("/account/profile"));
        Assert.Contains($"/sessions/{sessions[2].Id}/capture", profile);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync($"/sessions/{sessions[2].Id}/capture")).StatusCode);

        // Single use: the same link is gone, for the invitee and for anyone else.
        Assert.Equal(HttpStatusCode.Gone, (await factory.CreateBrowserClient().GetAsync(path)).StatusCode);
        var again = factory.CreateBrowserClient();
        await again.SignInAsync(amina, "my-own-pass-1");
    }

    [Fact]
    public async Task AListWithProblems_NamesEachByLineAndColumn_AndInvitesNobody()
    {
        var (admin, other) = await factory.SignedInAsync(Roles.Admin);
        var before = await factory.WithDbAsync(db => db.Users.CountAsync());
        var fresh = $"fresh-{Guid.NewGuid():N}@test.example";

        var (response, html) = await InviteAsync(admin,
            $"Fine Person; {fresh}; Rapporteur\n; not-an-address; Chef\nTwin; {other.Email}; Rapporteur; no-such-session\nAgain; {fresh.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nobody was invited.", html);
        Assert.Contains("Line 2, Name:", html);
        Assert.Contains("Line 2, E-mail:", html);
        Assert.Contains("\"Chef\" is not a role", html);
        Assert.Contains("Line 3, E-mail:", html);
        Assert.Contains("An account with this e-mail address exists already.", html);
        Assert.Contains("\"no-such-session\" is not a session of this event", html);
        Assert.Contains("Line 4, E-mail:", html);
        Assert.Contains("This e-mail address is on an earlier line too.", html);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Empty(Links(html));
    }

    [Fact]
    public async Task RolesInFrenchOrSpanish_AndAWorkbookUpload_AreRead()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var sessions = await SessionsAsync();
        var email = $"carla-{Guid.NewGuid():N}@test.example";
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("People");
        sheet.Cell(1, 1).Value = "Name";
        sheet.Cell(2, 1).Value = "Carla";
        sheet.Cell(2, 2).Value = email;
        sheet.Cell(2, 3).Value = "Responsable de políticas";
        sheet.Cell(2, 4).Value = sessions[1].Code;
        var token = await admin.GetAntiforgeryTokenAsync("/admin/users/new");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(WorkbookUploads.Save(workbook));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "people.xlsx");

        var response = await admin.PostAsync("/admin/users/new", form);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Links(html));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.Equal([Roles.PolicyOfficer], await users.GetRolesAsync((await users.FindByEmailAsync(email))!));
    }

    [Fact]
    public async Task TheLinksSheet_HoldsWhatThePagePostsBack()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (_, html) = await InviteAsync(admin, $"=Formula Name; sheet-{Guid.NewGuid():N}@test.example");
        var fields = HtmlForms.Fields(await admin.GetStringAsync("/admin/users/new"), "/admin/users/new").Where(f => f.Key == "__RequestVerificationToken").ToList();
        fields.Add(new("rows[0].Name", "=Formula Name"));
        fields.Add(new("rows[0].Email", "x@test.example"));
        fields.Add(new("rows[0].Url", Links(html)[0]));
        fields.Add(new("rows[0].Expires", "10/12/2026"));

        var response = await admin.PostAsync("/admin/users/new/links.xlsx", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        Assert.Equal("=Formula Name", sheet.Cell(2, 1).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal(Links(html)[0], sheet.Cell(2, 3).GetString());
    }

    [Fact]
    public async Task ANewLink_EndsTheEarlierOne_RevokingEndsIt_AndAnExpiredLinkIsRefused()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var email = $"re-{Guid.NewGuid():N}@test.example";
        var (_, html) = await InviteAsync(admin, $"Re Sent; {email}");
        var first = new Uri(Links(html)[0]).PathAndQuery;
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var url = $"/admin/users/{user.Id}";

        var reissued = await admin.PostFormAsync(url, $"{url}/invitation", []);
        var second = new Uri(Links(WebUtility.HtmlDecode(await reissued.Content.ReadAsStringAsync()))[0]).PathAndQuery;
        var anonymous = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(second)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, $"{url}/invitation/revoke", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(second)).StatusCode);

        var third = await admin.PostFormAsync(url, $"{url}/invitation", []);
        var thirdPath = new Uri(Links(WebUtility.HtmlDecode(await third.Content.ReadAsStringAsync()))[0]).PathAndQuery;
        await factory.WithDbAsync(db => db.Invitations.Where(i => i.UserId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync(thirdPath)).StatusCode);
        var posted = await anonymous.PostFormAsync("/account/login", "/account/invitation",
            [new("Form.Token", thirdPath.Split("token=")[1]), new("Form.Password", "late-pass-123"), new("Form.Confirm", "late-pass-123")]);
        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync()));
    }

    [Fact]
    public async Task AWeakPassword_IsRefused_AndTheLinkStaysUsable()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var (_, html) = await InviteAsync(admin, $"Weak; weak-{Guid.NewGuid():N}@test.example");
        var path = new Uri(Links(html)[0]).PathAndQuery;
        var invitee = factory.CreateBrowserClient();

        var weak = await invitee.SubmitAsync(path, "/account/invitation", f => f.With("Form.Password", "short").With("Form.Confirm", "short"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("Passwords must be at least 10 characters.", WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync()));
        var mismatch = await invitee.SubmitAsync(path, "/account/invitation", f => f.With("Form.Password", "good-pass-123").With("Form.Confirm", "good-pass-124"));
        Assert.Contains("The two passwords are not the same.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync()));

        var good = await invitee.SubmitAsync(path, "/account/invitation", f => f.With("Form.Password", "good-pass-123").With("Form.Confirm", "good-pass-123"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
    }

    [Fact]
    public async Task WithSmtpConfigured_EachLinkIsMailed_AndThePageSaysSo()
    {
        var mailer = new RecordingMailer();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInvitationMailer>(mailer)));
        var admin = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var adminUser = await factory.CreateUserAsync($"admin-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Admin);
        await admin.SignInAsync(adminUser.Email!, TestAccounts.Password);
        var email = $"mailed-{Guid.NewGuid():N}@test.example";

        var (_, html) = await InviteAsync(admin, $"Mailed; {email}");

        Assert.Equal(email, Assert.Single(mailer.Sent).Email);
        Assert.Equal(Links(html)[0], mailer.Sent[0].Url);
        Assert.Contains("1 of them were sent by e-mail.", html);
    }

    private sealed class RecordingMailer : IInvitationMailer
    {
        public List<IssueInvitation.Link> Sent { get; } = [];

        public bool Enabled => true;

        public Task<bool> SendAsync(IssueInvitation.Link link, CancellationToken cancellationToken)
        {
            Sent.Add(link);
            return Task.FromResult(true);
        }
    }

    [GeneratedRegex("https?://[^\"<\\s]+/account/invitation\\?token=[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
