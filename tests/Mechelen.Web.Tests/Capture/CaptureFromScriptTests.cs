using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

/// <summary>The capture page's outbox posts the form with X-Requested-With: fetch and reads JSON back; the language a note starts in; the live counts.</summary>
public sealed class CaptureFromScriptTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static async Task<HttpResponseMessage> PostFromScriptAsync(HttpClient client, int sessionId, List<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync($"/sessions/{sessionId}/capture");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sessions/{sessionId}/capture")
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("X-Requested-With", "fetch");
        request.Headers.Add("Accept", "application/json");
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task SavedFromTheOutbox_AnswersJsonWithTheId_AndTheSameKeyTwiceStoresOnce()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();
        var key = Guid.NewGuid();
        var fields = CaptureForms.Fields("Keep interpreters in every town hall service desk.", key, [areas[1]]);

        var first = await PostFromScriptAsync(client, sessionId, fields);
        var again = await PostFromScriptAsync(client, sessionId, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        using var one = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var two = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
        Assert.Equal(id, one.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(id, two.RootElement.GetProperty("id").GetInt32());
        Assert.Equal(key, one.RootElement.GetProperty("key").GetGuid());
    }

    [Fact]
    public async Task InvalidFromTheOutbox_Is422WithTheMessages_AndSavesNothing()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var key = Guid.NewGuid();

        var response = await PostFromScriptAsync(client, sessionId, CaptureForms.Fields("Too short", key, []));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("The recommendation needs between 10 and 4,000 characters.", errors);
        Assert.Contains("Choose at least one governance area.", errors);
        Assert.False(await factory.WithDbAsync(db => db.Recommendations.AnyAsync(r => r.IdempotencyKey == key)));
    }

    [Fact]
    public async Task SignInExpired_TheOutboxGets401_NotTheLoginPage()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var anonymous = factory.CreateBrowserClient();
        var token = await anonymous.GetAntiforgeryTokenAsync("/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/sessions/{sessionId}/capture")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("X-Requested-With", "fetch");

        var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task NewNote_StartsInTheInterfaceLanguage_ThenInTheLanguageMostOfTheSessionIsIn()
    {
        var sessionId = (await factory.SessionIdsAsync())[3];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();

        var french = await client.GetStringAsync($"/sessions/{sessionId}/capture?culture=fr");
        Assert.Contains("<option value=\"French\" selected=\"selected\">", french);
        var english = await client.GetStringAsync($"/sessions/{sessionId}/capture");
        Assert.Contains("<option value=\"English\" selected=\"selected\">", english);

        foreach (var text in new[] { "Ouvrir les services municipaux à toute personne.", "Financer les cours de langue dès l'arrivée." })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.SaveAsync(sessionId, CaptureForms.Fields(text, Guid.NewGuid(), [areas[0]], language: "Spanish"))).StatusCode);
        }

        var afterNotes = await client.GetStringAsync($"/sessions/{sessionId}/capture");
        Assert.Contains("<option value=\"Spanish\" selected=\"selected\">", afterNotes);
    }

    [Fact]
    public async Task Progress_CountsTheSessionByStatusAndArea_WithoutDrafts_CachedForAFewSeconds()
    {
        var sessionId = (await factory.SessionIdsAsync())[4];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();
        await client.SaveAsync(sessionId, CaptureForms.Fields("Count newcomers in local statistics without names.", Guid.NewGuid(), [areas[0], areas[1]]));
        await client.SaveAsync(sessionId, CaptureForms.Fields("Let cities issue a local residence card to everyone.", Guid.NewGuid(), [areas[1]]));
        var drafted = Guid.NewGuid();
        await client.SaveAsync(sessionId, CaptureForms.Fields("Withdrawn later: this one does not count.", drafted, [areas[2]]));
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == drafted)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RecommendationStatus.Draft)));
        await factory.WithDbAsync(db => db.ChangeStamps.Where(s => s.Scope == ChangeStamp.Recommendations)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, s => s.Value + 1)));

        var anonymous = factory.CreateBrowserClient();
        var response = await anonymous.GetAsync($"/sessions/{sessionId}/progress");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=5", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("byStatus").GetProperty("Submitted").GetInt32());
        var byArea = json.RootElement.GetProperty("byArea");
        Assert.Equal(1, byArea.GetProperty(areas[0].ToString()).GetInt32());
        Assert.Equal(2, byArea.GetProperty(areas[1].ToString()).GetInt32());
        Assert.False(byArea.TryGetProperty(areas[2].ToString(), out _));

        var eventCode = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Event.Code).SingleAsync());
        using var programme = JsonDocument.Parse(await anonymous.GetStringAsync($"/events/{eventCode}/progress"));
        Assert.Equal(2, programme.RootElement.GetProperty("bySession").GetProperty(sessionId.ToString()).GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/sessions/999999/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/events/no-such-event/progress")).StatusCode);

        var page = CaptureForms.Decode(await anonymous.GetStringAsync($"/sessions/{sessionId}"));
        Assert.Contains($"data-progress=\"/sessions/{sessionId}/progress\"", page);
        Assert.Contains("Recommendations so far: <span class=\"count\" data-total>2</span>", page);
    }
}
