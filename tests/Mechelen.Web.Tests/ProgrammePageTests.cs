using System.Net;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests;

public sealed class ProgrammePageTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task Home_ListsEverySeededSession_WithTimeAndModerator()
    {
        var client = factory.CreateBrowserClient();
        var sessions = await factory.WithDbAsync(db => db.Sessions.AsNoTracking().ToListAsync());

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Global Conference on Cities and Migration", html);
        Assert.Contains("16–17 November 2017", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Equal(5, sessions.Count);
        foreach (var session in sessions)
        {
            Assert.Contains(WebUtility.HtmlEncode(session.Title), html);
            Assert.Contains($">{session.StartsAt:HH:mm}</time>", html);
            if (session.Moderator is not null)
            {
                Assert.Contains(WebUtility.HtmlEncode(session.Moderator), html);
            }
        }

        Assert.Contains("Thursday 16 November 2017", html);
        Assert.Contains("Friday 17 November 2017", html);
        Assert.Contains("Mohamed Boussraoui", html);
        Assert.Contains("Emilia Saiz", html);
    }

    [Fact]
    public async Task SessionPage_Renders_WithTimesInEventLocalTime()
    {
        var client = factory.CreateBrowserClient();
        var id = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Code == "gd-nua-implementation").Select(s => s.Id).SingleAsync());

        var html = await client.GetStringAsync($"/sessions/{id}");

        Assert.Contains("Implementation of migration-related commitments of the New Urban Agenda", html);
        Assert.Contains("09:30–11:00", html);
        Assert.Contains("local time in <bdi>Mechelen</bdi>", html);
    }

    [Theory]
    [InlineData("/sessions/99999")]
    [InlineData("/events/no-such-event")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddress_GivesFriendly404Page(string url)
    {
        var client = factory.CreateBrowserClient();

        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html);
        Assert.DoesNotContain("Exception", html);
    }

    [Fact]
    public async Task Health_IsOk_WithTheDatabasePresent()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
