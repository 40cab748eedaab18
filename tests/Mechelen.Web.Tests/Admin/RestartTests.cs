using System.Net;
using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Admin;

/// <summary>What must hold when the app restarts or a second instance serves the same database.</summary>
public sealed class RestartTests
{
    /// <summary>A browser's cookie jar carried by hand, so the same cookies can be shown to another instance.</summary>
    private sealed class Jar
    {
        private readonly Dictionary<string, string> _cookies = [];

        public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, IEnumerable<KeyValuePair<string, string>>? form = null)
        {
            using var request = new HttpRequestMessage(method, url);
            if (form is not null)
            {
                request.Content = new FormUrlEncodedContent(form);
            }

            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await client.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }

            return response;
        }
    }

    private static HttpClient Client(MechelenAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task ASecondInstance_AcceptsTheFirstOnesSignInCookieAndFormToken()
    {
        using var first = new MechelenAppFactory();
        var sessionId = (await first.SessionIdsAsync())[0];
        var (_, user) = await first.RapporteurAsync(sessionId);
        var jar = new Jar();
        var a = Client(first);
        var login = HttpClientFormExtensions.AntiforgeryToken(await (await jar.SendAsync(a, HttpMethod.Get, "/account/login")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await jar.SendAsync(a, HttpMethod.Post, "/account/login",
            [new("Email", user.Email!), new("Password", TestAccounts.Password), new("__RequestVerificationToken", login)])).StatusCode);
        var page = await (await jar.SendAsync(a, HttpMethod.Get, $"/sessions/{sessionId}/capture")).Content.ReadAsStringAsync();
        var token = HttpClientFormExtensions.AntiforgeryToken(page);

        // The half-filled form is posted to another instance (or the same one after a restart).
        using var second = new MechelenAppFactory().WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}");
        var key = Guid.NewGuid();
        var areas = await first.AreaIdsAsync();
        var response = await jar.SendAsync(Client(second), HttpMethod.Post, $"/sessions/{sessionId}/capture",
            CaptureForms.Fields("Posted to the second instance with the first one's cookie.", key, [areas[0]]).Append(new("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sessions/{sessionId}/capture?saved={key}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AdminEditsOfTheProgrammeAndTaxonomy_SurviveARestart()
    {
        using var first = new MechelenAppFactory();
        var (admin, _) = await first.SignedInAsync(Roles.Admin);
        var area = await first.WithDbAsync(db => db.GovernanceAreas.OrderBy(a => a.Order).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/areas/{area.Id}", $"/admin/areas/{area.Id}",
            [new("Form.Name", "Renamed by the administrator"), new("Form.Description", "Edited."), new("Form.Order", "99")])).StatusCode);

        using var restarted = new MechelenAppFactory().WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}");
        restarted.CreateClient();
        var after = await restarted.WithDbAsync(db => db.GovernanceAreas.SingleAsync(a => a.Id == area.Id));
        Assert.Equal(("Renamed by the administrator", "Edited.", 99), (after.Name, after.Description, after.Order));
        var untouched = await restarted.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Id != area.Id).OrderBy(a => a.Order).FirstAsync());
        Assert.NotEqual("Renamed by the administrator", untouched.Name);
    }

    [Fact]
    public async Task DemoAccounts_ExistOnlyWhenDemoContentIsOn_AndTheRapporteurHasEverySession()
    {
        using var plain = new MechelenAppFactory();
        plain.CreateClient();
        Assert.False(await plain.WithDbAsync(db => db.Users.AnyAsync(u => u.Email!.EndsWith("@mechelen.example"))));

        using var demo = new MechelenAppFactory().WithSetting("Seeding:LoadDemoContent", "true");
        foreach (var account in DemoAccounts.All)
        {
            await demo.CreateBrowserClient().SignInAsync(account.Email, account.Password);
        }

        var sessions = await demo.WithDbAsync(db => db.Sessions.CountAsync());
        var assigned = await demo.WithDbAsync(db => db.RapporteurAssignments.CountAsync(a => a.User.Email == DemoAccounts.All[0].Email));
        Assert.Equal(sessions, assigned);
        Assert.Equal(Roles.All.Order(), DemoAccounts.All.Select(a => a.Role).Order());
    }
}
