using System.Net;
using System.Text.Json;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Review;

public sealed class MergeBasketTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task Basket_ShowsSourcesSideBySide_WordingFromTheChosenOne_AreaFromTheirTags_AndFindsMoreByWords()
    {
        var token = TestData.Token();
        var ids = await factory.AddAsync(
            new Rec($"Open night shelters {token} for newcomers") { Areas = ["housing", "protection"], Language = RecommendationLanguage.English },
            new Rec($"Ouvrir des abris de nuit {token} pour les nouveaux arrivants") { Areas = ["housing"], Language = RecommendationLanguage.French, Actors = ActorGroups.CivilSociety },
            new Rec($"Abrir albergues nocturnos {token} para recién llegados") { Areas = ["services"], Language = RecommendationLanguage.Spanish });
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        var added = await client.PostFormAsync("/recommendations", "/basket/add", [new("Id", ids[0].ToString()), new("Id", ids[1].ToString()), new("ReturnUrl", "/recommendations")]);
        Assert.Equal("/recommendations", added.Headers.Location?.ToString());

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/key-recommendations/new"));
        Assert.Contains($"Open night shelters {token} for newcomers</textarea>", page);
        Assert.Contains($"Ouvrir des abris de nuit {token}", page);
        Assert.Contains("<span class=\"tag\" dir=\"auto\">Protection of people in vulnerable situations</span>", page);
        Assert.Contains("French", page);
        Assert.Contains("option value=\"housing\" selected=\"selected\"", page);
        Assert.Contains("Civil society and faith-based organisations", page);
        Assert.DoesNotContain("albergues", page);

        var fromSecond = WebUtility.HtmlDecode(await client.GetStringAsync($"/key-recommendations/new?From={ids[1]}"));
        Assert.Contains($"Ouvrir des abris de nuit {token} pour les nouveaux arrivants</textarea>", fromSecond);

        // More sources are found by their words, never by typing numbers.
        var search = WebUtility.HtmlDecode(await client.GetStringAsync($"/key-recommendations/new?Q=albergues+{token}"));
        Assert.Contains($"Abrir albergues nocturnos {token}", search);
        Assert.Contains("Add recommendation " + ids[2] + " to the merge basket", search);
        await client.PostFormAsync("/key-recommendations/new", "/basket/add", [new("Id", ids[2].ToString()), new("ReturnUrl", "/key-recommendations/new")]);
        Assert.Contains($"Abrir albergues nocturnos {token} para recién llegados", WebUtility.HtmlDecode(await client.GetStringAsync("/key-recommendations/new")));

        // Taking one out, then merging, empties the basket of what was merged.
        await client.PostFormAsync("/key-recommendations/new", "/basket/remove", [new("Id", ids[2].ToString())]);
        var merged = await client.PostFormAsync("/key-recommendations/new", "/key-recommendations",
            [new("Select", $"{ids[0]}:0"), new("Select", $"{ids[1]}:0"), new("Wording", "Open night shelters"), new("AreaCode", "housing"), new("Status", "Draft")]);
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Contains("The merge basket is empty", WebUtility.HtmlDecode(await client.GetStringAsync("/key-recommendations/new")));
    }

    [Fact]
    public async Task KeyRecommendationDetails_AddsSourcesFoundBySearching()
    {
        var token = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"Fund {token} welcome centres"), new Rec($"More {token} welcome centres in suburbs"));
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var created = await client.PostFormAsync("/key-recommendations/new", "/key-recommendations",
            [new("Select", $"{ids[0]}:0"), new("Wording", "Welcome centres"), new("AreaCode", "services"), new("Status", "Draft")]);
        var keyId = int.Parse(created.Headers.Location!.ToString().Split('/').Last());

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/key-recommendations/{keyId}?q={token}"));
        Assert.DoesNotContain("Add recommendations by number", page);
        Assert.Contains($"Add recommendation {ids[1]} as a source", page);
        Assert.DoesNotContain($"Add recommendation {ids[0]} as a source", page);
        var version = await factory.WithDbAsync(db => db.KeyRecommendations.Where(k => k.Id == keyId).Select(k => k.Version).SingleAsync());
        var add = await client.PostFormAsync($"/key-recommendations/{keyId}", $"/key-recommendations/{keyId}/sources", [new("Version", version.ToString()), new("Ids", ids[1].ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.KeyRecommendationSources.CountAsync(s => s.KeyRecommendationId == keyId)));
    }

    [Fact]
    public async Task KeyRecommendation_HasOneNumber_AreaDotN_OnListPageExportsAndApi()
    {
        var ids = await factory.AddAsync(new Rec("Data source one") { Areas = ["data"] }, new Rec("Data source two") { Areas = ["data"] });
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        foreach (var id in ids)
        {
            await client.PostFormAsync("/key-recommendations/new", "/key-recommendations",
                [new("Select", $"{id}:0"), new("Wording", $"Key {id}"), new("AreaCode", "data"), new("Status", "Draft")]);
        }

        var (areaNumber, keys) = await factory.WithDbAsync(async db =>
        {
            var areas = await db.GovernanceAreas.OrderBy(a => a.Order).ThenBy(a => a.Id).Select(a => a.Code).ToListAsync();
            var keyIds = await db.KeyRecommendations.Where(k => k.GovernanceArea.Code == "data").OrderBy(k => k.Order).Select(k => k.Id).ToListAsync();
            return (areas.IndexOf("data") + 1, keyIds);
        });
        var second = $"{areaNumber}.{keys.IndexOf(keys[^1]) + 1}";

        Assert.Contains($"Key recommendation {second}", await client.GetStringAsync($"/key-recommendations/{keys[^1]}"));
        Assert.Contains($"Key recommendation {second}", await client.GetStringAsync("/key-recommendations"));
        Assert.Contains($"in key recommendation {second}", await client.GetStringAsync("/recommendations?area=data"));
        Assert.Contains($">{second}</a>", await client.GetStringAsync($"/recommendations/{ids[1]}"));
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/key-recommendations?area=data"));
        Assert.Contains(api.RootElement.GetProperty("items").EnumerateArray(), k => k.GetProperty("number").GetString() == second);
        using var export = JsonDocument.Parse(await client.GetStringAsync("/recommendations/export.json?area=data"));
        Assert.Contains(second, export.RootElement.ToString());
    }

    [Fact]
    public void Numbers_FollowTheReport_DraftsLeftOutOfAFinalReport()
    {
        var keys = new[] { (10, 2, KeyRecommendationStatus.Final), (11, 2, KeyRecommendationStatus.Draft), (12, 2, KeyRecommendationStatus.Final), (13, 1, KeyRecommendationStatus.Draft) };

        var draft = KeyRecommendationNumbering.Numbers([1, 2], reportFinal: false, keys);
        var final = KeyRecommendationNumbering.Numbers([1, 2], reportFinal: true, keys);

        Assert.Equal("2.1", draft[10]);
        Assert.Equal("2.2", draft[11]);
        Assert.Equal("2.3", draft[12]);
        Assert.Equal("1.1", draft[13]);
        Assert.Equal("2.2", final[12]);
        Assert.False(final.ContainsKey(11));
        Assert.Equal("#11", final.Label(11));
    }
}
