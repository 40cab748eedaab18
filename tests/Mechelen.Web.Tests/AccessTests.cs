using System.Net;
using System.Reflection;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests;

/// <summary>Each role against each capture and admin route: allowed means 200, refused means the login or denied page.</summary>
public sealed class AccessTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "/sessions/{session}/capture", Roles.Rapporteur },
        { "/sessions/{session}/capture/similar?text=housing+for+all+newcomers", Roles.Rapporteur },
        { "/sessions/{session}/capture/template", Roles.Rapporteur },
        { "/events/{event}/capture/template", Roles.Rapporteur },
        { "/events/{event}/capture/import", Roles.Rapporteur },
        { "/admin", Roles.Admin },
        { "/admin/users", Roles.Admin },
        { "/admin/users/new", Roles.Admin },
        { "/admin/users/{user}", Roles.Admin },
        { "/admin/events/{eventId}", Roles.Admin },
        { "/admin/sessions/{session}", Roles.Admin },
        { "/admin/areas/{area}", Roles.Admin },
    };

    private async Task<string> ResolveAsync(string route, string userId) =>
        await factory.WithDbAsync(async db =>
        {
            var session = await db.Sessions.OrderBy(s => s.Id).FirstAsync();
            var ev = await db.Events.FirstAsync(e => e.Id == session.EventId);
            var area = await db.GovernanceAreas.OrderBy(a => a.Id).FirstAsync();
            return route.Replace("{session}", session.Id.ToString()).Replace("{event}", ev.Code)
                .Replace("{eventId}", ev.Id.ToString()).Replace("{area}", area.Id.ToString()).Replace("{user}", userId);
        });

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EachRole_IsAllowedOnlyWhereItsPolicySays(string route, string allowed)
    {
        var sessionId = (await factory.SessionIdsAsync())[0];
        var anonymous = factory.CreateBrowserClient();
        var someone = await factory.CreateUserAsync($"target-{Guid.NewGuid():N}@test.example", TestAccounts.Password);
        var url = await ResolveAsync(route, someone.Id);

        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);

        foreach (var role in Roles.All)
        {
            var (client, user) = await factory.SignedInAsync(role);
            await factory.AssignAsync(user.Id, sessionId);
            response = await client.GetAsync(url);
            if (role == allowed)
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} on {url}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/denied"),
                    $"{role} on {url}: {response.StatusCode} {response.Headers.Location}");
            }
        }
    }

    [Fact]
    public async Task RapporteurNotAssignedToTheSession_IsRefusedTheCaptureForm()
    {
        var sessions = await factory.SessionIdsAsync();
        var (client, user) = await factory.SignedInAsync(Roles.Rapporteur);
        await factory.AssignAsync(user.Id, sessions[0]);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sessions/{sessions[0]}/capture")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/sessions/{sessions[1]}/capture")).StatusCode);
        var post = await client.PostFormAsync($"/sessions/{sessions[0]}/capture", $"/sessions/{sessions[1]}/capture",
            [new("Text", "A recommendation for a session that is not mine."), new("AreaIds", "1"), new("IdempotencyKey", Guid.NewGuid().ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("Capture recommendations", await client.GetStringAsync($"/sessions/{sessions[0]}"));
        Assert.DoesNotContain("Capture recommendations", await client.GetStringAsync($"/sessions/{sessions[1]}"));
    }

    [Fact]
    public async Task AnonymousVisitor_SeesTheProgrammeAndTheLoginPage()
    {
        var anonymous = factory.CreateBrowserClient();
        var sessionId = (await factory.SessionIdsAsync())[0];
        foreach (var url in new[] { "/", $"/sessions/{sessionId}", "/account/login" })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public void EveryControllerAction_NamesAPolicyOrIsExplicitlyAnonymous()
    {
        var controllers = typeof(Program).Assembly.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);
        var missing = new List<string>();
        foreach (var controller in controllers)
        {
            var classLevel = controller.GetCustomAttributes<AuthorizeAttribute>().Any(a => a.Policy is not null)
                || controller.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            foreach (var action in controller.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                         .Where(m => m.GetCustomAttributes().Any(a => a is Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute or RouteAttribute)))
            {
                var actionLevel = action.GetCustomAttributes<AuthorizeAttribute>().Any(a => a.Policy is not null) || action.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
                if (!classLevel && !actionLevel)
                {
                    missing.Add($"{controller.Name}.{action.Name}");
                }
            }
        }

        Assert.Empty(missing);
    }
}
