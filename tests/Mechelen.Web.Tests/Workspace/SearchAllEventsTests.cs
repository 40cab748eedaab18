using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Workspace;

public sealed partial class SearchAllEventsTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public SearchAllEventsTests(MechelenAppFactory factory) => _factory = factory;

    [Fact]
    public async Task OneSearch_CountsEachEventsMatches_AndListsThemNewestFirst_WithoutOthersDrafts()
    {
        var word = TestData.Token();
        var otherEventSession = await SessionInNewEventAsync("Cities and climate", new DateOnly(2026, 6, 1));
        var sessions = await _factory.SessionsByStartAsync();
        var inOther = sessions.IndexOf(otherEventSession);
        var (_, someoneElse) = await _factory.SignedInAsync(Roles.Rapporteur);
        var ids = await _factory.AddAsync(
            new Rec($"Open night shelters {word} in the first event"),
            new Rec($"Fund language classes {word} in the first event") { Status = RecommendationStatus.Validated },
            new Rec($"Someone's draft {word}") { Status = RecommendationStatus.Draft, CapturedById = someoneElse.Id },
            new Rec($"Plant trees {word} in the second event") { SessionIndex = inOther });
        var (officer, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var page = await officer.GetStringAsync($"/search?q={word}");

        Assert.Contains("Recommendations found: 3. Events with a match: 2.", page);
        var events = EventLinks().Matches(page).Select(m => (m.Groups["code"].Value, m.Groups["name"].Value, m.Groups["count"].Value)).ToList();
        Assert.Equal(2, events.Count);
        // Latest event first, as everywhere else; each count leads to that event's list with the same words.
        Assert.Equal(("Cities and climate", "1"), (events[0].Item2, events[0].Item3));
        Assert.Equal("2", events[1].Item3);
        Assert.Contains($"/recommendations?event={Uri.EscapeDataString(events[0].Item1)}&amp;q={word}", page);
        var hits = HitLinks().Matches(page).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([ids[3], ids[1], ids[0]], hits);
        Assert.DoesNotContain("Someone's draft", page);
    }

    [Fact]
    public async Task ManyMatches_ArePaged_AndAPagePastTheEndShowsTheLast()
    {
        var word = TestData.Token();
        var ids = await _factory.AddAsync(Enumerable.Range(0, 30).Select(i => new Rec($"Recommendation {i} about {word}")).ToArray());
        var (officer, _) = await _factory.SignedInAsync(Roles.Secretariat);

        var second = await officer.GetStringAsync($"/search?q={word}&page=2");
        var beyond = await officer.GetStringAsync($"/search?q={word}&page=9");

        Assert.Equal(ids.Take(5).Reverse(), HitLinks().Matches(second).Select(m => int.Parse(m.Groups[1].Value)));
        Assert.Contains("Page 2 of 2", second);
        Assert.Contains("rel=\"prev\"", second);
        Assert.Contains("Page 2 of 2", beyond);
    }

    [Theory]
    [InlineData("?q=%22%2B%2A", "Type at least one word to search for.")]
    [InlineData("?q=LONG", "The search is too long: at most 500 characters.")]
    public async Task AQueryWithoutWordsOrTooLong_IsRefusedWithAMessage(string query, string message)
    {
        var (officer, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await officer.GetAsync("/search" + query.Replace("LONG", new string('a', 501), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WithoutAQuery_ThePageExplainsWhatItSearches_InTheReadersLanguage()
    {
        var (officer, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var english = await officer.GetStringAsync("/search");
        var french = await officer.GetStringAsync("/search?culture=fr");

        Assert.Contains("Finds recommendations by their text, their rationale and their translations", english);
        Assert.DoesNotContain("id=\"result-count\"", english);
        Assert.Contains("Rechercher dans tous les événements", french);
    }

    private Task<int> SessionInNewEventAsync(string name, DateOnly day) =>
        _factory.WithDbAsync(async db =>
        {
            var ev = new Event
            {
                Code = $"search-{Guid.NewGuid():N}"[..20],
                Name = name,
                City = "Quito",
                Country = "Ecuador",
                StartDate = day,
                EndDate = day,
                TimeZone = "America/Guayaquil",
                Hosts = "h",
                Partners = "p",
                Purpose = "p",
            };
            var session = new Session { Event = ev, Code = "s1", Title = "Climate and mobility", StartsAt = day.ToDateTime(new TimeOnly(9, 0)), EndsAt = day.ToDateTime(new TimeOnly(10, 0)) };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    [GeneratedRegex("<a href=\"/recommendations\\?event=(?<code>[^&\"]+)&amp;q=[^\"]*\"><bdi>(?<name>[^<]*)</bdi></a>\\s*<span class=\"muted\">[^<]*</span>\\s*<span class=\"facet-count\">(?<count>\\d+)</span>")]
    private static partial Regex EventLinks();

    [GeneratedRegex("<a href=\"/recommendations/(\\d+)\">#")]
    private static partial Regex HitLinks();
}
