using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Capture;

public sealed class EditWithdrawTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<(HttpClient Client, int SessionId, int Id, List<int> Areas)> CapturedAsync(string text)
    {
        var sessionId = (await factory.SessionIdsAsync())[3];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();
        var key = Guid.NewGuid();
        var response = await client.SaveAsync(sessionId, CaptureForms.Fields(text, key, [areas[0]]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
        return (client, sessionId, id, areas);
    }

    private static async Task<int> CountOnSessionPageAsync(HttpClient client, int sessionId)
    {
        var html = await client.GetStringAsync($"/sessions/{sessionId}");
        var match = System.Text.RegularExpressions.Regex.Match(html, "<dt>Recommendations captured</dt><dd>(\\d+)</dd>");
        Assert.True(match.Success);
        return int.Parse(match.Groups[1].Value);
    }

    [Fact]
    public async Task OwnSubmittedItem_CanBeEdited_WithAnAuditEntryHoldingBeforeAndAfter()
    {
        var (client, sessionId, id, areas) = await CapturedAsync("Recognise the skills and qualifications of refugees quickly.");
        var edit = $"/sessions/{sessionId}/capture/{id}/edit";
        var form = CaptureForms.Decode(await client.GetStringAsync(edit));
        Assert.Contains(">Recognise the skills and qualifications of refugees quickly.</textarea>", form);

        var response = await client.PostFormAsync(edit, edit, CaptureForms.Fields(
            "Recognise the skills and qualifications of refugees within three months.", Guid.Empty, [areas[1]], levels: [4])
            .Append(new("Version", "0")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Areas).SingleAsync(r => r.Id == id));
        Assert.Equal("Recognise the skills and qualifications of refugees within three months.", saved.Text);
        Assert.Equal([areas[1]], saved.Areas.Select(a => a.Id));
        Assert.Equal(GovernanceLevels.National, saved.Levels);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "update"));
        Assert.Contains("refugees quickly", audit.Before);
        Assert.Contains("within three months", audit.After);

        // A stale form (the version it was rendered with is gone) is a conflict that keeps the text.
        var stale = await client.PostFormAsync(edit, edit, CaptureForms.Fields("A stale edit that must not overwrite.", Guid.Empty, [areas[1]])
            .Append(new("Version", "0")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(">A stale edit that must not overwrite.</textarea>", CaptureForms.Decode(await stale.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OwnItem_CanBeWithdrawn_ThenItNoLongerCounts_AndCanBeSubmittedAgain()
    {
        var (client, sessionId, id, _) = await CapturedAsync("Ensure firewalls between service providers and immigration enforcement.");
        var capture = $"/sessions/{sessionId}/capture";
        var stranger = factory.CreateBrowserClient();
        var countBefore = await CountOnSessionPageAsync(stranger, sessionId);
        var response = await client.PostFormAsync(capture, $"{capture}/{id}/withdraw", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(RecommendationStatus.Draft, await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "withdraw"));
        Assert.Contains("\"status\":\"Submitted\"", audit.Before);
        Assert.Contains("\"status\":\"Draft\"", audit.After);

        Assert.Equal(countBefore - 1, await CountOnSessionPageAsync(stranger, sessionId));
        var editWithdrawn = await client.PostFormAsync(capture, $"{capture}/{id}/edit",
            CaptureForms.Fields("Edits of a withdrawn item are refused.", Guid.Empty, [1]).Append(new("Version", "1")));
        Assert.Equal(HttpStatusCode.Conflict, editWithdrawn.StatusCode);

        var resubmit = await client.PostFormAsync(capture, $"{capture}/{id}/resubmit", []);
        Assert.Equal(HttpStatusCode.Redirect, resubmit.StatusCode);
        Assert.Equal(RecommendationStatus.Submitted, await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task AnotherRapporteursItem_CannotBeEditedOrWithdrawn()
    {
        var (_, sessionId, id, areas) = await CapturedAsync("Make birth registration free for every child born in the city.");
        var (other, _) = await factory.RapporteurAsync(sessionId);
        var capture = $"/sessions/{sessionId}/capture";

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{capture}/{id}/edit")).StatusCode);
        var edit = await other.PostFormAsync(capture, $"{capture}/{id}/edit",
            CaptureForms.Fields("Hijacked wording of someone else.", Guid.Empty, [areas[0]]).Append(new("Version", "0")));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync(capture, $"{capture}/{id}/withdraw", [])).StatusCode);

        var saved = await factory.WithDbAsync(db => db.Recommendations.SingleAsync(r => r.Id == id));
        Assert.Equal("Make birth registration free for every child born in the city.", saved.Text);
        Assert.Equal(RecommendationStatus.Submitted, saved.Status);
        var page = await other.GetStringAsync(capture);
        Assert.DoesNotContain($"{capture}/{id}/edit", page);
    }
}
