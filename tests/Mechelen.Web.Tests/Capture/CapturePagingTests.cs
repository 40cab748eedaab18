using System.Text;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Mechelen.Web.Tests.Capture;

/// <summary>The capture page is reloaded after every save, so it lists the session's newest items a page at a time.</summary>
public sealed partial class CapturePagingTests(MechelenAppFactory factory, ITestOutputHelper output) : IClassFixture<MechelenAppFactory>
{
    private const int SessionIndex = 4;
    private const int Items = 2000;

    /// <summary>About the length of a spoken recommendation and its context, as the benchmark figures assume.</summary>
    private static Rec Item(int n) => new(
        $"Recommendation {n:0000}: give cities direct and predictable access to national and international funding for the reception and inclusion of newcomers, including language courses and housing support.")
    {
        SessionIndex = SessionIndex,
        Rationale = "Said by several mayors in the room, with examples from their own cities.",
        Areas = ["housing", "employment"],
        Levels = GovernanceLevels.Local | GovernanceLevels.National,
    };

    [Fact]
    public async Task SessionWith2000Items_ShowsTheNewest20_WithLinksToOlderPages_AndTheRightCount()
    {
        var sessionId = (await factory.SessionIdsAsync())[SessionIndex];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        // The rapporteur's own withdrawn item (a draft only they see), then 2,000 newer ones.
        var draftKey = Guid.NewGuid();
        await client.SaveAsync(sessionId, CaptureForms.Fields("My own withdrawn note, only I see it.", draftKey, [(await factory.AreaIdsAsync())[0]]));
        var draftId = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == draftKey).Select(r => r.Id).SingleAsync());
        await client.PostFormAsync($"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture/{draftId}/withdraw", []);
        await factory.AddAsync(Enumerable.Range(1, Items).Select(Item).ToArray());

        var html = await client.GetStringAsync($"/sessions/{sessionId}/capture");
        output.WriteLine($"Capture page with {Items} items in the session: {Encoding.UTF8.GetByteCount(html):N0} bytes");

        var page = CaptureForms.Decode(html);
        Assert.Contains($"(<span data-captured-total>{Items}</span>)", page);
        Assert.Equal(20, ItemPattern().Count(page));
        Assert.Contains("Recommendation 2000:", page);
        Assert.Contains("Recommendation 1981:", page);
        Assert.DoesNotContain("Recommendation 1980:", page);
        Assert.Contains($"href=\"/sessions/{sessionId}/capture?page=2\"", page);
        Assert.True(Encoding.UTF8.GetByteCount(html) < 100_000, $"{Encoding.UTF8.GetByteCount(html):N0} bytes");

        // The oldest page holds the draft, its list number carrying on from the newer pages.
        var last = CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture?page=101"));
        Assert.Equal(1, ItemPattern().Count(last));
        Assert.Contains("My own withdrawn note, only I see it.", last);
        Assert.Contains("start=\"1\"", last);
        Assert.Contains($"href=\"/sessions/{sessionId}/capture?page=100\"", last);
        Assert.Contains($"(<span data-captured-total>{Items}</span>)", last);

        // Someone else in the session counts the same and has one page fewer, without the draft.
        var (colleague, _) = await factory.RapporteurAsync(sessionId);
        var theirs = CaptureForms.Decode(await colleague.GetStringAsync($"/sessions/{sessionId}/capture?page=100"));
        Assert.Contains("Recommendation 0001:", theirs);
        Assert.DoesNotContain("My own withdrawn note", theirs);
        Assert.DoesNotContain("?page=101", theirs);
        Assert.Contains($"(<span data-captured-total>{Items}</span>)", theirs);

        // Submitting it again from that page comes back to that page.
        Assert.Contains($"action=\"/sessions/{sessionId}/capture/{draftId}/resubmit?page=101\"", last);
        var resubmitted = await client.PostFormAsync($"/sessions/{sessionId}/capture?page=101", $"/sessions/{sessionId}/capture/{draftId}/resubmit?page=101", []);
        Assert.Equal($"/sessions/{sessionId}/capture?page=101", resubmitted.Headers.Location?.OriginalString);
        Assert.Contains($"(<span data-captured-total>{Items + 1}</span>)", CaptureForms.Decode(await client.GetStringAsync($"/sessions/{sessionId}/capture?page=101")));
    }

    [GeneratedRegex("<li class=\"captured-item")]
    private static partial Regex ItemPattern();
}
