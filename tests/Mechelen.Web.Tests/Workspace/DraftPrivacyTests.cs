using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>A withdrawn recommendation goes back to Draft, "kept as a draft only you see": no one else finds, counts or opens it.</summary>
public sealed partial class DraftPrivacyTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private sealed record Scenario(string Token, int Draft, int Submitted, HttpClient Author);

    /// <summary>A rapporteur (with any further roles) who has one draft and one submitted item, both holding a fresh search word.</summary>
    private async Task<Scenario> ScenarioAsync(params string[] extraRoles)
    {
        var token = TestData.Token();
        var (client, author) = await factory.SignedInAsync([Roles.Rapporteur, .. extraRoles]);
        await factory.AssignAsync(author.Id, (await factory.SessionsByStartAsync())[0]);
        var ids = await factory.AddAsync(
            new Rec($"{token} withdrawn draft: open night shelters to every newcomer") { Status = RecommendationStatus.Draft, CapturedById = author.Id, CapturedByName = author.DisplayName },
            new Rec($"{token} submitted: open night shelters to every newcomer") { CapturedById = author.Id, CapturedByName = author.DisplayName });
        return new Scenario(token, ids[0], ids[1], client);
    }

    private static int Matching(string html)
    {
        var match = MatchingPattern().Match(html);
        Assert.True(match.Success, "no result count on the page");
        return int.Parse(match.Groups[1].Value);
    }

    private static int DraftFacetCount(string html)
    {
        var match = DraftFacetPattern().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value) : 0;
    }

    [Theory]
    [InlineData(Roles.PolicyOfficer)]
    [InlineData(Roles.Secretariat)]
    public async Task OfficersList_NeitherShowsNorCountsSomeoneElsesDraft(string role)
    {
        var s = await ScenarioAsync();
        var (client, _) = await factory.SignedInAsync(role);

        var search = await client.GetStringAsync($"/recommendations?q={s.Token}");
        var drafts = await client.GetStringAsync($"/recommendations?q={s.Token}&status=Draft");

        Assert.Equal(1, Matching(search));
        Assert.DoesNotContain("withdrawn draft", search);
        Assert.Equal(0, DraftFacetCount(search));
        Assert.Equal(0, Matching(drafts));
        Assert.DoesNotContain("withdrawn draft", drafts);
    }

    [Fact]
    public async Task ExportsAndTheReadApi_LeaveOutSomeoneElsesDraft()
    {
        var s = await ScenarioAsync();
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var query = $"?q={s.Token}&status=Draft&status=Submitted";

        var csv = TestData.ParseCsv(await client.GetStringAsync("/recommendations/export.csv" + query));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/recommendations/export.json" + query));
        using var workbook = new XLWorkbook(await client.GetStreamAsync("/recommendations/export.xlsx" + query));
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/recommendations" + query));

        Assert.Equal([s.Submitted], csv.Skip(1).Select(r => int.Parse(r[0])));
        Assert.Equal([s.Submitted], json.RootElement.GetProperty("recommendations").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal(1, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal([s.Submitted], workbook.Worksheet("Recommendations").RowsUsed().Skip(1).Select(r => r.Cell(1).GetValue<int>()));
        Assert.Equal([s.Submitted], api.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
        Assert.Equal(1, api.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SomeoneElsesDraft_Is404_AndCannotBeHintedReviewedOrMerged()
    {
        var s = await ScenarioAsync();
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (secretariat, _) = await factory.SignedInAsync(Roles.Secretariat);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/recommendations/{s.Draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/recommendations/{s.Draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/recommendations/{s.Submitted}")).StatusCode);

        // The draft resembles the submitted item, so before it was private it got an "n similar" hint of its own.
        using var similar = JsonDocument.Parse(await officer.GetStringAsync($"/recommendations/similar?id={s.Draft}&id={s.Submitted}"));
        Assert.False(similar.RootElement.TryGetProperty(s.Draft.ToString(), out _));

        var review = await officer.PostFormAsync($"/recommendations/{s.Submitted}", $"/recommendations/{s.Draft}",
            [new("Version", "0"), new("Area", "housing"), new("Language", "English"), new("Action", "Save")]);
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);

        var merge = await officer.GetStringAsync($"/key-recommendations/new?select={s.Draft}:0&select={s.Submitted}:0");
        Assert.DoesNotContain("withdrawn draft", merge);
        Assert.Contains("submitted: open night shelters", merge);

        var bulk = await officer.PostFormAsync("/recommendations", "/recommendations/bulk",
            [new("Select", $"{s.Draft}:0"), new("Action", "AddArea"), new("AreaCode", "data")]);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Contains($"Recommendation {s.Draft} does not exist.", WebUtility.HtmlDecode(await officer.GetStringAsync("/recommendations")));
        var draft = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).SingleAsync(r => r.Id == s.Draft));
        Assert.Equal(["housing"], draft.Areas.Select(a => a.Code));
        Assert.Equal(0, draft.Version);
    }

    [Fact]
    public async Task Author_StillSeesTheirDraft_OnTheCapturePageAndInTheApi()
    {
        var s = await ScenarioAsync();
        var sessionId = (await factory.SessionsByStartAsync())[0];

        var capture = await s.Author.GetStringAsync($"/sessions/{sessionId}/capture");
        using var api = JsonDocument.Parse(await s.Author.GetStringAsync($"/api/recommendations?q={s.Token}&status=Draft"));

        Assert.Contains("withdrawn draft", capture);
        Assert.Equal([s.Draft], api.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task CachedListFigures_NeverHandOneReadersDraftToAnother()
    {
        // An officer who is also a rapporteur sees their own draft in the list; a colleague on the same URL, at the same stamp, does not.
        var first = await ScenarioAsync(Roles.PolicyOfficer);
        var (colleague, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var url = $"/recommendations?q={first.Token}&status=Draft";

        var authorsView = await first.Author.GetStringAsync(url);
        var colleaguesView = await colleague.GetStringAsync(url);
        Assert.Equal(1, Matching(authorsView));
        Assert.Contains("withdrawn draft", authorsView);
        Assert.Equal(1, DraftFacetCount(authorsView));
        Assert.Equal(0, Matching(colleaguesView));
        Assert.DoesNotContain("withdrawn draft", colleaguesView);

        // The other way round: the colleague's figures, computed first, are not what the author then gets.
        var second = await ScenarioAsync(Roles.PolicyOfficer);
        url = $"/recommendations?q={second.Token}&status=Draft";
        Assert.Equal(0, Matching(await colleague.GetStringAsync(url)));
        Assert.Equal(1, Matching(await second.Author.GetStringAsync(url)));
    }

    [Fact]
    public async Task UnfilteredList_CountsTheReadersOwnDraftsOnly()
    {
        // Without a text, the counts come from the event's tallies, which hold every draft: only the reader's own may be added.
        var author = await ScenarioAsync(Roles.PolicyOfficer);
        await ScenarioAsync(Roles.PolicyOfficer);
        var (colleague, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var submitted = await factory.WithDbAsync(db => db.Recommendations.CountAsync(r => r.Status != RecommendationStatus.Draft));

        var authorsView = await author.Author.GetStringAsync("/recommendations");
        var authorsDrafts = await author.Author.GetStringAsync("/recommendations?status=Draft&status=Submitted");
        var colleaguesView = await colleague.GetStringAsync("/recommendations");

        Assert.Equal(submitted + 1, Matching(authorsView));
        Assert.Equal(1, DraftFacetCount(authorsView));
        Assert.Equal(1, DraftFacetCount(authorsDrafts));
        Assert.Equal(submitted, Matching(colleaguesView));
        Assert.Equal(0, DraftFacetCount(colleaguesView));
    }

    [Fact]
    public async Task ProgrammeAndSessionCounts_LeaveDraftsOut()
    {
        var sessionId = (await factory.SessionsByStartAsync())[0];
        var anonymous = factory.CreateBrowserClient();
        var before = await anonymous.GetStringAsync($"/sessions/{sessionId}");

        await ScenarioAsync();
        var after = await anonymous.GetStringAsync($"/sessions/{sessionId}");

        int Count(string html) => int.Parse(SessionCountPattern().Match(html).Groups[1].Value);
        Assert.Equal(Count(before) + 1, Count(after));
    }

    [GeneratedRegex("(\\d+) matching")]
    private static partial Regex MatchingPattern();

    [GeneratedRegex("value=\"Draft\"[^>]*>\\s*<span class=\"facet-label\"[^>]*>[^<]*</span>\\s*<span class=\"facet-count\">(\\d+)</span>")]
    private static partial Regex DraftFacetPattern();

    [GeneratedRegex("<dt>Recommendations captured</dt><dd>(\\d+)</dd>")]
    private static partial Regex SessionCountPattern();
}
