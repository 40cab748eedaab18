using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>The read API follows the role table: rapporteurs their own items and what was validated in their sessions; reviewers everything but others' drafts.</summary>
public sealed class ReadApiAccessTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private sealed record Scenario(
        string Token, HttpClient Rapporteur, int OwnSubmitted, int OwnRejected, int OwnDraft,
        int OthersValidated, int OthersRejected, int OthersSubmitted, int OthersMergedFinal, int OthersMergedDraftKey, int ElsewhereValidated,
        int FinalKey, int DraftKey, int ElsewhereKey)
    {
        public int[] All => [OwnSubmitted, OwnRejected, OwnDraft, OthersValidated, OthersRejected, OthersSubmitted, OthersMergedFinal, OthersMergedDraftKey, ElsewhereValidated];
    }

    /// <summary>
    /// A rapporteur assigned to the first session with three items of their own; a colleague's items in that
    /// session and in the second one; key recommendations drawing on them, one still a draft.
    /// </summary>
    private async Task<Scenario> ScenarioAsync()
    {
        var t = TestData.Token();
        var (client, me) = await factory.SignedInAsync(Roles.Rapporteur);
        await factory.AssignAsync(me.Id, (await factory.SessionsByStartAsync())[0]);
        var other = await factory.CreateUserAsync($"colleague-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur);
        Rec Mine(string text, RecommendationStatus status) => new($"{t} {text}") { Status = status, CapturedById = me.Id, CapturedByName = me.DisplayName };
        Rec Theirs(string text, RecommendationStatus status, int session = 0) =>
            new($"{t} {text}") { Status = status, SessionIndex = session, CapturedById = other.Id, CapturedByName = "Colleague Confidential" };
        var ids = await factory.AddAsync(
            Mine("my submitted note", RecommendationStatus.Submitted),
            Mine("my rejected note", RecommendationStatus.Rejected),
            Mine("my withdrawn note", RecommendationStatus.Draft),
            Theirs("their validated note", RecommendationStatus.Validated),
            Theirs("their rejected note", RecommendationStatus.Rejected),
            Theirs("their submitted note", RecommendationStatus.Submitted),
            Theirs("their merged note", RecommendationStatus.Merged),
            Theirs("their note in a draft synthesis", RecommendationStatus.Merged),
            Theirs("their validated note elsewhere", RecommendationStatus.Validated, session: 1));
        var keys = await factory.WithDbAsync(async db =>
        {
            await db.Recommendations.Where(r => r.Id == ids[1] || r.Id == ids[4]).ExecuteUpdateAsync(u => u.SetProperty(r => r.RejectionReason, "Confidential reason"));
            var ev = await db.Recommendations.Where(r => r.Id == ids[0]).Select(r => r.EventId).SingleAsync();
            var area = await db.GovernanceAreas.SingleAsync(a => a.Code == "housing");
            KeyRecommendation Key(string wording, KeyRecommendationStatus status, int source)
            {
                var key = new KeyRecommendation
                {
                    EventId = ev,
                    GovernanceAreaId = area.Id,
                    Wording = $"{t} {wording}",
                    Status = status,
                    CreatedByName = "Officer",
                    Order = 100 + source,
                    CreatedAt = DateTime.UtcNow,
                    UpdatedAt = DateTime.UtcNow,
                };
                key.Sources.Add(new KeyRecommendationSource { RecommendationId = source, AddedAt = DateTime.UtcNow });
                return key;
            }

            KeyRecommendation[] added = [Key("final synthesis", KeyRecommendationStatus.Final, ids[6]), Key("draft synthesis", KeyRecommendationStatus.Draft, ids[7]), Key("synthesis elsewhere", KeyRecommendationStatus.Final, ids[8])];
            db.KeyRecommendations.AddRange(added);
            await db.SaveChangesAsync();
            return added.Select(k => k.Id).ToArray();
        });
        return new Scenario(t, client, ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], ids[8], keys[0], keys[1], keys[2]);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = doc.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
        Assert.Equal(items.Count, doc.RootElement.GetProperty("total").GetInt32());
        return items;
    }

    private static int Id(JsonElement e) => e.GetProperty("id").GetInt32();

    [Fact]
    public async Task Rapporteur_GetsOwnItems_AndWhatWasValidatedInTheirSessions_WithoutOthersNames()
    {
        var s = await ScenarioAsync();

        var items = await ItemsAsync(s.Rapporteur, $"/api/recommendations?q={s.Token}&pageSize=200");
        var keys = await ItemsAsync(s.Rapporteur, $"/api/key-recommendations?q={s.Token}&pageSize=200");

        Assert.Equal(new[] { s.OwnSubmitted, s.OwnRejected, s.OwnDraft, s.OthersValidated, s.OthersMergedFinal, s.OthersMergedDraftKey }.Order(), items.Select(Id).Order());
        Assert.Equal("Confidential reason", items.Single(e => Id(e) == s.OwnRejected).GetProperty("rejectionReason").GetString());
        Assert.All(items.Where(e => Id(e) is var id && id != s.OwnSubmitted && id != s.OwnRejected && id != s.OwnDraft), e =>
        {
            Assert.Equal(JsonValueKind.Null, e.GetProperty("capturedBy").ValueKind);
            Assert.Equal(JsonValueKind.Null, e.GetProperty("rejectionReason").ValueKind);
        });
        Assert.DoesNotContain("Colleague Confidential", string.Join(" ", items.Select(e => e.GetRawText())));
        Assert.Equal([s.FinalKey], keys.Select(Id));
    }

    [Theory]
    [InlineData(Roles.PolicyOfficer)]
    [InlineData(Roles.Secretariat)]
    public async Task Reviewers_GetEverythingButOthersDrafts_WithNamesAndReasons(string role)
    {
        var s = await ScenarioAsync();
        var (client, _) = await factory.SignedInAsync(role);

        var items = await ItemsAsync(client, $"/api/recommendations?q={s.Token}&pageSize=200");
        var keys = await ItemsAsync(client, $"/api/key-recommendations?q={s.Token}&pageSize=200");

        Assert.Equal(s.All.Where(id => id != s.OwnDraft).Order(), items.Select(Id).Order());
        Assert.Equal("Confidential reason", items.Single(e => Id(e) == s.OthersRejected).GetProperty("rejectionReason").GetString());
        Assert.Equal("Colleague Confidential", items.Single(e => Id(e) == s.OthersValidated).GetProperty("capturedBy").GetString());
        Assert.Equal(new[] { s.FinalKey, s.DraftKey, s.ElsewhereKey }.Order(), keys.Select(Id).Order());
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(null)]
    public async Task AccountsWithoutAReadingRole_AreRefused(string? role)
    {
        var (client, _) = role is null ? await factory.SignedInAsync() : await factory.SignedInAsync(role);

        foreach (var url in new[] { "/api/recommendations", "/api/key-recommendations", "/openapi/v1.json" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/denied"),
                $"{role ?? "no role"} on {url}: {response.StatusCode}");
        }
    }
}
