using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

public sealed class CaptureTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(HttpClient Client, string UserId, int SessionId, List<int> Areas)> ArrangeAsync(int sessionIndex = 1)
    {
        var sessionId = (await factory.SessionIdsAsync())[sessionIndex];
        var (client, user) = await factory.RapporteurAsync(sessionId);
        return (client, user.Id, sessionId, await factory.AreaIdsAsync());
    }

    [Fact]
    public async Task ValidForm_IsSavedWithItsTags_RedirectsWithSavedMarker_AndIsAudited()
    {
        var (client, userId, sessionId, areas) = await ArrangeAsync();
        var key = Guid.NewGuid();
        var response = await client.SaveAsync(sessionId, CaptureForms.Fields(
            "Give cities direct access to funding for the inclusion of newcomers.", key, [areas[0], areas[2]],
            rationale: "Said by several mayors.", levels: [1, 4], actors: [2], language: "French"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sessions/{sessionId}/capture?saved={key}", response.Headers.Location?.OriginalString);
        var saved = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).SingleAsync(r => r.IdempotencyKey == key));
        Assert.Equal("Give cities direct access to funding for the inclusion of newcomers.", saved.Text);
        Assert.Equal("Said by several mayors.", saved.Rationale);
        Assert.Equal(GovernanceLevels.Local | GovernanceLevels.National, saved.Levels);
        Assert.Equal(ActorGroups.NationalGovernments, saved.Actors);
        Assert.Equal(RecommendationLanguage.French, saved.Language);
        Assert.Equal(RecommendationStatus.Submitted, saved.Status);
        Assert.Equal(userId, saved.CapturedById);
        Assert.Equal([areas[0], areas[2]], saved.Areas.Select(a => a.Id).Order());

        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Recommendation" && a.EntityId == saved.Id.ToString()));
        Assert.Equal("create", audit.Action);
        Assert.Equal(userId, audit.UserId);
        Assert.Null(audit.Before);
        Assert.Contains("direct access to funding", audit.After);

        var page = CaptureForms.Decode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("Saved.", page);
        Assert.Contains("Give cities direct access to funding", page);
        Assert.NotEqual(key, CaptureForms.KeyOnPage(page));
    }

    [Fact]
    public async Task InvalidForm_SavesNothing_AndKeepsEverythingTyped()
    {
        var (client, _, sessionId, areas) = await ArrangeAsync();
        var key = Guid.NewGuid();
        var response = await client.SaveAsync(sessionId, CaptureForms.Fields("Too short", key, [], rationale: "Context kept", levels: [16]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = CaptureForms.Decode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The recommendation needs between 10 and 4,000 characters.", html);
        Assert.Contains("Choose at least one governance area.", html);
        Assert.Contains(">Too short</textarea>", html);
        Assert.Contains(">Context kept</textarea>", html);
        Assert.Contains("name=\"Levels\" value=\"16\" checked=\"checked\"", html);
        Assert.Equal(key, CaptureForms.KeyOnPage(html));
        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.IdempotencyKey == key)));

        var tooLong = await client.SaveAsync(sessionId, CaptureForms.Fields(new string('x', 4001), Guid.NewGuid(), [areas[0]]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        var badLevel = await client.SaveAsync(sessionId, CaptureForms.Fields("A long enough recommendation", Guid.NewGuid(), [areas[0]], levels: [3]));
        Assert.Contains("Choose levels of governance from the list.", CaptureForms.Decode(await badLevel.Content.ReadAsStringAsync()));
        var unknownArea = await client.SaveAsync(sessionId, CaptureForms.Fields("A long enough recommendation", Guid.NewGuid(), [999_999]));
        Assert.Contains("Choose governance areas from the list.", CaptureForms.Decode(await unknownArea.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task SameIdempotencyKeyPostedTwice_CreatesOneRecommendation_AndBothGetTheSameAnswer()
    {
        var (client, _, sessionId, areas) = await ArrangeAsync();
        var key = Guid.NewGuid();
        var fields = CaptureForms.Fields("Open regular pathways for work and study to people on the move.", key, [areas[1]]);
        var first = await client.SaveAsync(sessionId, fields);
        var second = await client.SaveAsync(sessionId, fields);
        var parallel = await Task.WhenAll(client.SaveAsync(sessionId, fields), client.SaveAsync(sessionId, fields));

        Assert.All(new[] { first, second }.Concat(parallel), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Recommendations.CountAsync(r => r.IdempotencyKey == key)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "create" && a.After!.Contains("people on the move"))));
    }

    [Fact]
    public async Task PostAfterSignInExpired_RedirectsToLogin_AndTheNoteIsBackInTheFormAfterSigningIn()
    {
        var sessionId = (await factory.SessionIdsAsync())[1];
        var areas = await factory.AreaIdsAsync();
        var email = $"expired-{Guid.NewGuid():N}@test.example";
        var user = await factory.CreateUserAsync(email, TestAccounts.Password, Roles.Rapporteur);
        await factory.AssignAsync(user.Id, sessionId);
        var cookies = new CookieContainer();
        var browser = factory.CreateBrowserClient(cookies);
        await browser.SignInAsync(email, TestAccounts.Password);
        var form = await browser.GetStringAsync($"/sessions/{sessionId}/capture");

        // The sign-in cookie runs out while the rapporteur types; the browser keeps its other cookies and posts the form.
        cookies.GetCookies(browser.BaseAddress!).Single(c => c.Name == "mechelen.auth").Expired = true;
        var key = Guid.NewGuid();
        var fields = CaptureForms.Fields("Involve migrant organisations in designing local integration plans.", key, [areas[3]],
            rationale: "From the youth delegate.", actors: [16]).Concat(CaptureForms.HiddenFields(form));
        var response = await browser.PostAsync($"/sessions/{sessionId}/capture", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/login?ReturnUrl=%2Fsessions%2F" + sessionId + "%2Fcapture", response.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.IdempotencyKey == key)));

        await browser.SignInAsync(email, TestAccounts.Password);
        var page = CaptureForms.Decode(await browser.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.Contains(">Involve migrant organisations in designing local integration plans.</textarea>", page);
        Assert.Contains(">From the youth delegate.</textarea>", page);
        Assert.Contains($"name=\"AreaIds\" value=\"{areas[3]}\" checked=\"checked\"", page);
        Assert.Contains("name=\"Actors\" value=\"16\" checked=\"checked\"", page);
        Assert.Equal(key, CaptureForms.KeyOnPage(page));
        Assert.Contains("Your sign-in had expired", page);

        // Shown once: a later visit starts with an empty form.
        var again = CaptureForms.Decode(await browser.GetStringAsync($"/sessions/{sessionId}/capture"));
        Assert.DoesNotContain(">Involve migrant organisations", again);
    }

    [Fact]
    public async Task Similar_ReturnsUpToThreeRecommendationsOfTheEventSayingNearlyTheSame()
    {
        var (client, _, sessionId, areas) = await ArrangeAsync(2);
        foreach (var text in new[]
                 {
                     "Guarantee access to healthcare services for undocumented children in cities.",
                     "Cities should guarantee healthcare access for undocumented children.",
                     "Build more social housing near public transport.",
                 })
        {
            await client.SaveAsync(sessionId, CaptureForms.Fields(text, Guid.NewGuid(), [areas[0]]));
        }

        var json = await client.GetStringAsync($"/sessions/{sessionId}/capture/similar?text={Uri.EscapeDataString("undocumented children need healthcare access")}");
        var items = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.InRange(items.Count, 1, 3);
        Assert.All(items, t => Assert.Contains("undocumented children", t));
    }
}
