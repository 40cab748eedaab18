using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Text;

/// <summary>
/// A noncharacter such as U+FFFE is kept as typed; search folding, similarity and every page then read it
/// without failing, including a row saved before the text policy existed (inserted here straight into the database).
/// </summary>
public sealed class NoncharacterTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task ASavedNoncharacter_LeavesTheDetailPages_TheListHints_AndTheCaptureHintsWorking()
    {
        var t = TestData.Token();
        var ids = await factory.AddAsync(
            new Rec($"{t} Affordable housing programmes for newcomers in every district \uFFFE"),
            new Rec($"{t} Affordable housing programmes for newcomers in each district"),
            new Rec($"{t} Affordable housing programmes for newcomers \uD800 half a pair"));
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);

        foreach (var id in ids)
        {
            var detail = await officer.GetAsync($"/recommendations/{id}");
            Assert.True(detail.StatusCode == HttpStatusCode.OK, $"/recommendations/{id}: {detail.StatusCode}");
        }

        // The second item's similar list holds the first: its page used to fail too.
        Assert.Contains($"href=\"/recommendations/{ids[0]}\"", await officer.GetStringAsync($"/recommendations/{ids[1]}"));
        var list = await officer.GetAsync($"/recommendations?q={t}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("every district \uFFFE", WebUtility.HtmlDecode(await list.Content.ReadAsStringAsync()));
        var counts = await officer.GetAsync($"/recommendations/similar?id={ids[0]}&id={ids[1]}&id={ids[2]}");
        Assert.Equal(HttpStatusCode.OK, counts.StatusCode);
        Assert.Contains($"\"{ids[1]}\":", await counts.Content.ReadAsStringAsync());

        var sessionId = (await factory.SessionIdsAsync())[0];
        var (rapporteur, _) = await factory.RapporteurAsync(sessionId);
        var hints = await rapporteur.GetAsync($"/sessions/{sessionId}/capture/similar?text={Uri.EscapeDataString("Affordable housing programmes for newcomers in every district")}");
        Assert.Equal(HttpStatusCode.OK, hints.StatusCode);
        Assert.Contains($"\"id\":{ids[0]}", await hints.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANoncharacterTyped_IsStoredExactly()
    {
        var sessionId = (await factory.SessionIdsAsync())[0];
        var areas = await factory.AreaIdsAsync();
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var key = Guid.NewGuid();
        var text = "Pasted from a form \uFFFE\uFFFF\uFDD0 \U0001FFFE with noncharacters";

        var response = await client.SaveAsync(sessionId, CaptureForms.Fields(text, key, [areas[0]]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(text, await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Text).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sessions/{sessionId}/capture")).StatusCode);
    }

    [Fact]
    public async Task ANoncharacterInTheSearchText_GetsANormalAnswerEverywhere()
    {
        var t = TestData.Token();
        await factory.AddAsync(new Rec($"{t} housing for everyone") { Status = RecommendationStatus.Validated });
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var q = Uri.EscapeDataString($"{t}\uFFFEhousing");

        foreach (var url in new[] { "/recommendations", "/api/recommendations", "/api/key-recommendations", "/recommendations/export.xlsx", "/recommendations/export.csv", "/recommendations/export.json", "/reports/outcome", "/reports/outcome.pdf" })
        {
            var response = await officer.GetAsync($"{url}?q={q}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }

        Assert.Contains("housing for everyone", await officer.GetStringAsync($"/api/recommendations?q={q}"));
        var sessionId = (await factory.SessionIdsAsync())[0];
        var (rapporteur, _) = await factory.RapporteurAsync(sessionId);
        var hints = await rapporteur.GetAsync($"/sessions/{sessionId}/capture/similar?text={Uri.EscapeDataString("housing for everyone \uFFFE and more")}");
        Assert.Equal(HttpStatusCode.OK, hints.StatusCode);
    }
}
