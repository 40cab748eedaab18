using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

/// <summary>
/// The capture page's and the progress panel's counts come from the tallies the database keeps per event, status and language,
/// and the areas from each note's area mask; these pin them to what the session's rows say, for every reader.
/// </summary>
public sealed partial class CaptureCountsTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private sealed record Note(string Text, RecommendationStatus Status, RecommendationLanguage Language, int[] Areas, string? AuthorId = null);

    // Each test has an event of its own, so its counts are exact.
    private async Task<int> SessionAsync() =>
        await factory.WithDbAsync(async db =>
        {
            var ev = new Event
            {
                Code = $"cnt-{Guid.NewGuid():N}"[..20],
                Name = "Counts",
                City = "Mechelen",
                Country = "Belgium",
                StartDate = new DateOnly(2026, 5, 4),
                EndDate = new DateOnly(2026, 5, 4),
                TimeZone = "Europe/Brussels",
                Hosts = "h",
                Partners = "p",
                Purpose = "p",
            };
            var session = new Session { Event = ev, Code = "s1", Title = "Discussion", StartsAt = new DateTime(2026, 5, 4, 9, 0, 0), EndsAt = new DateTime(2026, 5, 4, 10, 0, 0) };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private Task<int> AddAsync(int sessionId, params Note[] notes) =>
        factory.WithDbAsync(async db =>
        {
            var eventId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.EventId).SingleAsync();
            var areas = await db.GovernanceAreas.ToListAsync();
            var now = DateTime.UtcNow;
            db.Recommendations.AddRange(notes.Select((n, i) =>
            {
                var r = new Recommendation
                {
                    EventId = eventId,
                    SessionId = sessionId,
                    Text = n.Text,
                    Status = n.Status,
                    Language = n.Language,
                    CapturedById = n.AuthorId,
                    CapturedByName = "Someone",
                    CreatedAt = now.AddSeconds(i),
                    UpdatedAt = now.AddSeconds(i),
                };
                r.Areas.AddRange(areas.Where(a => n.Areas.Contains(a.Id)));
                return r;
            }));
            return await db.SaveChangesAsync();
        });

    private static Note Submitted(string text, params int[] areas) => new(text, RecommendationStatus.Submitted, RecommendationLanguage.English, areas);

    [Fact]
    public async Task OwnDraftsShowForTheirAuthorOnly_AndNoDraftCountsAnywhere_WhileEveryReviewedStatusDoes()
    {
        var sessionId = await SessionAsync();
        var areas = await factory.AreaIdsAsync();
        var (mine, me) = await factory.RapporteurAsync(sessionId);
        var (theirs, them) = await factory.RapporteurAsync(sessionId);
        await AddAsync(sessionId,
            Submitted("Two areas: counted under both of them.", areas[0], areas[1]),
            Submitted("One area, the second one.", areas[1]),
            new("Validated by an officer already.", RecommendationStatus.Validated, RecommendationLanguage.French, [areas[2]]),
            new("Rejected by an officer.", RecommendationStatus.Rejected, RecommendationLanguage.Spanish, [areas[2]]),
            new("My own draft, in an area nothing else uses.", RecommendationStatus.Draft, RecommendationLanguage.English, [areas[3]], me.Id),
            new("My second draft.", RecommendationStatus.Draft, RecommendationLanguage.French, [areas[3]], me.Id),
            new("Their draft, which I never see.", RecommendationStatus.Draft, RecommendationLanguage.English, [areas[3]], them.Id));

        var page = CaptureForms.Decode(await mine.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.Contains("(<span data-captured-total>4</span>)", page);
        Assert.Equal(6, ItemPattern().Count(page));
        Assert.Contains("start=\"6\"", page);
        Assert.Contains("My second draft.", page);
        Assert.DoesNotContain("Their draft", page);
        AssertPanel(page, total: 4, submitted: 2, validated: 1, rejected: 1, [(areas[0], 1), (areas[1], 2), (areas[2], 2), (areas[3], 0)]);

        var other = CaptureForms.Decode(await theirs.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.Contains("(<span data-captured-total>4</span>)", other);
        Assert.Equal(5, ItemPattern().Count(other));
        Assert.Contains("Their draft, which I never see.", other);
        Assert.DoesNotContain("My own draft", other);
        AssertPanel(other, total: 4, submitted: 2, validated: 1, rejected: 1, [(areas[0], 1), (areas[1], 2), (areas[2], 2), (areas[3], 0)]);

        using var json = JsonDocument.Parse(await factory.CreateBrowserClient().GetStringAsync($"/sessions/{sessionId}/progress"));
        Assert.Equal(4, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(["Rejected", "Submitted", "Validated"], json.RootElement.GetProperty("byStatus").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            [(areas[0], 1), (areas[1], 2), (areas[2], 2)],
            json.RootElement.GetProperty("byArea").EnumerateObject().Select(p => (int.Parse(p.Name), p.Value.GetInt32())).OrderBy(a => a.Item1));
    }

    [Fact]
    public async Task ANoteWithdrawnAndSubmittedAgain_LeavesTheCounts_AndComesBack()
    {
        var sessionId = await SessionAsync();
        var areas = await factory.AreaIdsAsync();
        var (client, _) = await factory.RapporteurAsync(sessionId);
        await AddAsync(sessionId, Submitted("Someone else's note stays counted.", areas[0]));
        var key = Guid.NewGuid();
        await client.SaveAsync(sessionId, CaptureForms.Fields("Mine, in two areas, withdrawn in a moment.", key, [areas[0], areas[1]]));
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
        AssertPanel(CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture")), 2, 2, 0, 0, [(areas[0], 2), (areas[1], 1)]);

        await client.PostFormAsync($"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{id}/withdraw", []);
        var withdrawn = CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.Contains("(<span data-captured-total>1</span>)", withdrawn);
        Assert.Equal(2, ItemPattern().Count(withdrawn));
        AssertPanel(withdrawn, 1, 1, 0, 0, [(areas[0], 1), (areas[1], 0)]);

        await client.PostFormAsync($"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{id}/resubmit", []);
        var back = CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.Contains("(<span data-captured-total>2</span>)", back);
        AssertPanel(back, 2, 2, 0, 0, [(areas[0], 2), (areas[1], 1)]);
    }

    [Fact]
    public async Task TheCapturedItem_NamesItsAreasInTheTaxonomysOrder()
    {
        var sessionId = await SessionAsync();
        var choices = await factory.ChoicesAsync("en");
        var (client, _) = await factory.RapporteurAsync(sessionId);
        await AddAsync(sessionId, Submitted("Tagged with the third area and the first.", choices.Areas[2].Value, choices.Areas[0].Value));

        var page = CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture?culture=en"));
        Assert.Contains($"<bdi>{choices.Areas[0].Name}</bdi> · <bdi>{choices.Areas[2].Name}</bdi>", page);
    }

    [Theory]
    // Most of the session's notes are French; the reader's Spanish drafts and others' withdrawn ones do not count.
    [InlineData("French,French,English", "Spanish,Spanish,Spanish", "Spanish,Spanish", "French")]
    // A tie goes to the name first in alphabetical order: Other before Spanish, although Spanish comes first in the list.
    [InlineData("Spanish,Other", "", "", "Other")]
    [InlineData("Spanish,French", "Spanish", "", "French")]
    public async Task ANewNote_StartsInTheSessionsUsualLanguage(string submitted, string myDrafts, string othersWithdrawn, string expected)
    {
        var sessionId = await SessionAsync();
        var area = (await factory.AreaIdsAsync())[0];
        var (client, me) = await factory.RapporteurAsync(sessionId);
        var (_, them) = await factory.RapporteurAsync(sessionId);
        static RecommendationLanguage[] Languages(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<RecommendationLanguage>).ToArray();
        await AddAsync(sessionId, [
            .. Languages(submitted).Select(l => new Note($"Said in {l} in the room.", RecommendationStatus.Submitted, l, [area])),
            .. Languages(myDrafts).Select(l => new Note($"My draft in {l}.", RecommendationStatus.Draft, l, [area], me.Id)),
            .. Languages(othersWithdrawn).Select(l => new Note($"Their withdrawn note in {l}.", RecommendationStatus.Draft, l, [area], them.Id)),
        ]);

        var page = await client.GetStringAsync($"/sessions/{sessionId}/capture?culture=en");
        Assert.Contains($"<option value=\"{expected}\" selected=\"selected\">", page);
        Assert.Single(SelectedPattern().Matches(LanguageSelect().Match(page).Value));
    }

    private static void AssertPanel(string page, int total, int submitted, int validated, int rejected, (int Area, int Count)[] areas)
    {
        Assert.Contains($"Recommendations so far: <span class=\"count\" data-total>{total}</span>", page);
        foreach (var (status, count) in new[] { ("Submitted", submitted), ("Validated", validated), ("Merged", 0), ("Rejected", rejected) })
        {
            Assert.Matches($"<li data-status=\"{status}\">[^<]*<span class=\"count\">{count}</span>", page);
        }

        foreach (var (area, count) in areas)
        {
            var item = Regex.Match(page, $"<li data-area=\"{area}\"[^>]*>.*?<span class=\"count\">(\\d+)</span>", RegexOptions.Singleline);
            Assert.True(item.Success, $"area {area} missing from the panel");
            Assert.Equal(count, int.Parse(item.Groups[1].Value));
        }
    }

    [GeneratedRegex("<li class=\"captured-item")]
    private static partial Regex ItemPattern();

    [GeneratedRegex("<select id=\"Language\" name=\"Language\">.*?</select>", RegexOptions.Singleline)]
    private static partial Regex LanguageSelect();

    [GeneratedRegex("selected=\"selected\"")]
    private static partial Regex SelectedPattern();
}
