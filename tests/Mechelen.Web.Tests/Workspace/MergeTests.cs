using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

public sealed class MergeTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public MergeTests(MechelenAppFactory factory) => _factory = factory;

    private Task<List<Recommendation>> LoadAsync(params int[] ids) =>
        _factory.WithDbAsync(db => db.Recommendations.AsNoTracking().Include(r => r.KeySources).Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync());

    private Task<KeyRecommendation?> KeyAsync(int id) =>
        _factory.WithDbAsync(db => db.KeyRecommendations.AsNoTracking().Include(k => k.Sources).Include(k => k.GovernanceArea).SingleOrDefaultAsync(k => k.Id == id));

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private async Task<(HttpClient Client, int[] Ids, int KeyId)> MergeAsync()
    {
        var ids = await _factory.AddAsync(
            new Rec("Give cities a seat at the table") { SessionIndex = 1 },
            new Rec("Cities should take part in the GCM negotiations") { SessionIndex = 2, Status = RecommendationStatus.Validated },
            new Rec("Local governments need a voice in global talks") { SessionIndex = 3 });
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);
        var response = await client.PostFormAsync($"/key-recommendations/new?Select={ids[0]}:0", "/key-recommendations",
        [
            new("Select", $"{ids[0]}:0"), new("Select", $"{ids[1]}:0"),
            new("Wording", "Include local governments in the GCM process"), new("AreaCode", "policy-coherence"), new("Status", "Draft"),
        ]);
        return (client, ids, IdFrom(response));
    }

    [Fact]
    public async Task Merge_KeepsEverySourceWithItsTextAndSession_AndMarksThemMerged()
    {
        var (client, ids, keyId) = await MergeAsync();

        var key = await KeyAsync(keyId);
        var sources = await LoadAsync(ids[0], ids[1]);
        Assert.NotNull(key);
        Assert.Equal("policy-coherence", key.GovernanceArea.Code);
        Assert.Equal([ids[0], ids[1]], key.Sources.Select(s => s.RecommendationId).Order());
        Assert.All(sources, s => Assert.Equal(RecommendationStatus.Merged, s.Status));
        Assert.Equal([RecommendationStatus.Submitted, RecommendationStatus.Validated], sources.Select(s => s.StatusBeforeMerge!.Value));
        Assert.Equal("Give cities a seat at the table", sources[0].Text);
        var detail = await client.GetStringAsync($"/key-recommendations/{keyId}");
        Assert.Contains($"/recommendations/{ids[0]}", detail);
        Assert.Contains($"/recommendations/{ids[1]}", detail);
        Assert.Contains($"/key-recommendations/{keyId}", await client.GetStringAsync($"/recommendations/{ids[0]}"));
        var audited = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Merge").Select(a => a.EntityId).ToListAsync());
        Assert.Contains(ids[0].ToString(), audited);
        Assert.Contains(ids[1].ToString(), audited);
    }

    [Fact]
    public async Task AddAndRemoveSources_RemovingRestoresThePreviousStatus()
    {
        var (client, ids, keyId) = await MergeAsync();

        var add = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}/sources", [new("Version", "0"), new("Ids", $"{ids[2]}")]);
        var remove = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}/sources/{ids[1]}/remove", [new("version", "1")]);

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        var key = await KeyAsync(keyId);
        Assert.Equal([ids[0], ids[2]], key!.Sources.Select(s => s.RecommendationId).Order());
        var all = await LoadAsync(ids);
        Assert.Equal([RecommendationStatus.Merged, RecommendationStatus.Validated, RecommendationStatus.Merged], all.Select(r => r.Status));
        Assert.Null(all[1].StatusBeforeMerge);
    }

    [Fact]
    public async Task Unmerge_RestoresEverySourceStatus_AndKeepsTheHistory()
    {
        var (client, ids, keyId) = await MergeAsync();

        var response = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}/unmerge", [new("version", "0")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await KeyAsync(keyId));
        var sources = await LoadAsync(ids[0], ids[1]);
        Assert.Equal([RecommendationStatus.Submitted, RecommendationStatus.Validated], sources.Select(s => s.Status));
        Assert.All(sources, s => Assert.Empty(s.KeySources));
        var history = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Recommendation" && a.EntityId == ids[1].ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["Merge", "Unmerge"], history);
        var keyHistory = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "KeyRecommendation" && a.EntityId == keyId.ToString())
            .OrderBy(a => a.Id).Select(a => a.Before).ToListAsync());
        Assert.Contains(keyHistory, b => b != null && b.Contains("Include local governments"));
    }

    [Fact]
    public async Task MergingAnAlreadyMergedRecommendation_IsRefused()
    {
        var (client, ids, _) = await MergeAsync();

        var response = await client.PostFormAsync($"/key-recommendations/new?Select={ids[0]}:1", "/key-recommendations",
            [new("Select", $"{ids[0]}:1"), new("Wording", "Again"), new("AreaCode", "housing")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already merged", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StaleKeyRecommendationEdit_IsAConflict_ShowingBothVersions()
    {
        var (client, _, keyId) = await MergeAsync();
        List<KeyValuePair<string, string>> Edit(string wording) =>
            [new("Version", "0"), new("Wording", wording), new("AreaCode", "policy-coherence"), new("Position", "1"), new("Status", "Final")];

        var first = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}", Edit("First officer's wording"));
        var second = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}", Edit("Second officer's wording"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("First officer&#x27;s wording", html);
        Assert.Contains("Second officer&#x27;s wording", html);
        Assert.Equal("First officer's wording", (await KeyAsync(keyId))!.Wording);
    }

    [Fact]
    public async Task Order_IsKeptUniqueWithinTheArea()
    {
        var (client, ids, firstKey) = await MergeAsync();
        var second = IdFrom(await client.PostFormAsync($"/key-recommendations/new?Select={ids[2]}:0", "/key-recommendations",
            [new("Select", $"{ids[2]}:0"), new("Wording", "Second"), new("AreaCode", "policy-coherence"), new("Position", "1")]));

        var orders = await _factory.WithDbAsync(db => db.KeyRecommendations.Where(k => k.Id == firstKey || k.Id == second).OrderBy(k => k.Id).Select(k => k.Order).ToListAsync());

        Assert.Equal([2, 1], orders);
    }
}
