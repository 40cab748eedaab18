using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

public sealed class ReviewTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public ReviewTests(MechelenAppFactory factory) => _factory = factory;

    private Task<Recommendation> LoadAsync(int id) =>
        _factory.WithDbAsync(db => db.Recommendations.AsNoTracking().Include(r => r.Areas).SingleAsync(r => r.Id == id));

    private static List<KeyValuePair<string, string>> ReviewFields(int version, string action, params (string Name, string Value)[] more) =>
        [new("Version", version.ToString()), new("Action", action), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))];

    [Fact]
    public async Task Review_CorrectsTags_Validates_AndIsAudited()
    {
        var id = (await _factory.AddAsync(new Rec("Open libraries to newcomers") { Areas = ["housing"] }))[0];
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var response = await client.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}",
            ReviewFields(0, "Validate", ("Area", "services"), ("Area", "social-cohesion"), ("Level", "Local"), ("Level", "National"), ("Actor", "CivilSociety"), ("Language", "French")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(RecommendationStatus.Validated, saved.Status);
        Assert.Equal(["services", "social-cohesion"], saved.Areas.Select(a => a.Code).Order());
        Assert.Equal(GovernanceLevels.Local | GovernanceLevels.National, saved.Levels);
        Assert.Equal(ActorGroups.CivilSociety, saved.Actors);
        Assert.Equal(RecommendationLanguage.French, saved.Language);
        Assert.Equal(1, saved.Version);
        var entry = await _factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Recommendation" && a.EntityId == id.ToString()));
        Assert.Equal("Validate", entry.Action);
        Assert.Contains("housing", entry.Before);
        Assert.Contains("social-cohesion", entry.After);
        var page = await client.GetStringAsync($"/recommendations/{id}");
        Assert.Contains("Validate", page);
        Assert.Contains("policyofficer-", page);
    }

    [Fact]
    public async Task Reject_NeedsAReason()
    {
        var id = (await _factory.AddAsync(new Rec("Something vague")))[0];
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var without = await client.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", ReviewFields(0, "Reject", ("Area", "housing")));
        var with = await client.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", ReviewFields(0, "Reject", ("Area", "housing"), ("RejectionReason", "Out of scope")));

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("Give a reason", await without.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, with.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(RecommendationStatus.Rejected, saved.Status);
        Assert.Equal("Out of scope", saved.RejectionReason);
    }

    [Fact]
    public async Task StaleForm_IsAConflict_ShowingBothVersions_AndOverwritesNothing()
    {
        var id = (await _factory.AddAsync(new Rec("Fund city networks") { Areas = ["finance"] }))[0];
        var (first, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);
        var (second, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);

        var ok = await first.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", ReviewFields(0, "Save", ("Area", "data"), ("Language", "Spanish")));
        var stale = await second.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", ReviewFields(0, "Save", ("Area", "housing"), ("Language", "French")));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this recommendation", html);
        Assert.Contains("Your version", html);
        Assert.Contains("French", html);
        Assert.Contains("Spanish", html);
        var saved = await LoadAsync(id);
        Assert.Equal(["data"], saved.Areas.Select(a => a.Code));
        Assert.Equal(RecommendationLanguage.Spanish, saved.Language);
    }

    [Fact]
    public async Task Bulk_ValidatesRejectsAndAddsAnArea_AllOrNothing()
    {
        var ids = await _factory.AddAsync(new Rec("Bulk one"), new Rec("Bulk two"), new Rec("Bulk three") { Status = RecommendationStatus.Draft });
        var (client, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);
        KeyValuePair<string, string> Sel(int id, int version) => new("Select", $"{id}:{version}");

        var validate = await client.PostFormAsync("/recommendations", "/recommendations/bulk", [Sel(ids[0], 0), Sel(ids[1], 0), new("Action", "Validate")]);
        var area = await client.PostFormAsync("/recommendations", "/recommendations/bulk", [Sel(ids[0], 1), Sel(ids[1], 1), new("Action", "AddArea"), new("AreaCode", "data")]);
        var stale = await client.PostFormAsync("/recommendations", "/recommendations/bulk", [Sel(ids[0], 1), new("Action", "Reject"), new("Reason", "Duplicate")]);
        var withDraft = await client.PostFormAsync("/recommendations", "/recommendations/bulk", [Sel(ids[0], 2), Sel(ids[2], 0), new("Action", "Reject"), new("Reason", "Duplicate")]);

        Assert.All([validate, area, stale, withDraft], r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var first = await LoadAsync(ids[0]);
        var second = await LoadAsync(ids[1]);
        var third = await LoadAsync(ids[2]);
        Assert.Equal(RecommendationStatus.Validated, first.Status);
        Assert.Equal(RecommendationStatus.Validated, second.Status);
        Assert.Equal(RecommendationStatus.Draft, third.Status);
        Assert.Equal(["data", "housing"], first.Areas.Select(a => a.Code).Order());
        Assert.Equal(2, first.Version);
        Assert.Equal(4, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("Bulk") && (a.EntityId == ids[0].ToString() || a.EntityId == ids[1].ToString()))));
    }

    [Fact]
    public async Task Secretariat_CanRead_ButNotReview()
    {
        var id = (await _factory.AddAsync(new Rec("Read only for the secretariat")))[0];
        var (client, _) = await _factory.SignedInAsync(Roles.Secretariat);

        var page = await client.GetAsync($"/recommendations/{id}");
        var post = await client.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", ReviewFields(0, "Validate", ("Area", "housing")));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("Save and validate", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/denied", post.Headers.Location!.ToString());
        Assert.Equal(RecommendationStatus.Submitted, (await LoadAsync(id)).Status);
    }
}
