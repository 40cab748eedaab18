using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Review;

public sealed class ReviewModeTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private Task<RecommendationStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

    private static List<KeyValuePair<string, string>> Decision(string action, string queue, params (string Name, string Value)[] more) =>
        [new("Version", "0"), new("Action", action), new("Area", "housing"), new("Language", "English"), new("Queue", queue), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))];

    [Fact]
    public async Task Officer_LandsOnTheReviewPage_AfterSignIn_OthersOnTheProgramme()
    {
        var email = $"officer-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email, TestAccounts.Password, Roles.PolicyOfficer);
        var officer = factory.CreateBrowserClient();
        var landed = await officer.PostFormAsync("/account/login", "/account/login", [new("Email", email), new("Password", TestAccounts.Password)]);
        var rapporteurEmail = $"rapporteur-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(rapporteurEmail, TestAccounts.Password, Roles.Rapporteur);
        var rapporteur = await factory.CreateBrowserClient().PostFormAsync("/account/login", "/account/login", [new("Email", rapporteurEmail), new("Password", TestAccounts.Password)]);

        Assert.Equal("/review", landed.Headers.Location?.ToString());
        Assert.Equal("/", rapporteur.Headers.Location?.ToString());
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync("/review"));
        Assert.Contains("awaiting review", page);
        Assert.Contains("By session", page);
        Assert.Contains("By governance area", page);
        Assert.Contains("Start reviewing", page);
    }

    [Fact]
    public async Task Queue_FollowsTheFilter_AndSkipsWhatAnotherOfficerJustReviewed()
    {
        var token = TestData.Token();
        var ids = await factory.AddAsync(new Rec($"First {token} note"), new Rec($"Second {token} note"), new Rec($"Third {token} note"));
        var (mine, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (theirs, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var queue = $"?q={token}";

        // Newest first: the third note opens the queue.
        var start = await mine.GetAsync($"/review/next{queue}");
        Assert.Equal($"/review/{ids[2]}{queue}", start.Headers.Location?.ToString());
        var item = WebUtility.HtmlDecode(await mine.GetStringAsync($"/review/{ids[2]}{queue}"));
        Assert.Contains("Item 1 of 3 in this selection", item);
        Assert.Contains("<kbd>v</kbd>", item);

        // Meanwhile the other officer validates the second one.
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.PostFormAsync($"/recommendations/{ids[1]}", $"/recommendations/{ids[1]}", Decision("Validate", ""))).StatusCode);

        var validated = await mine.PostFormAsync($"/review/{ids[2]}{queue}", $"/review/{ids[2]}", Decision("Validate", queue));
        Assert.Equal($"/review/next{queue}&after={ids[2]}", validated.Headers.Location?.ToString());
        var next = await mine.GetAsync(validated.Headers.Location!.ToString());
        Assert.Equal($"/review/{ids[0]}{queue}", next.Headers.Location?.ToString());

        var rejected = await mine.PostFormAsync($"/review/{ids[0]}{queue}", $"/review/{ids[0]}", Decision("Reject", queue, ("RejectionReason", "Too vague")));
        var end = await mine.GetAsync(rejected.Headers.Location!.ToString());
        Assert.Equal("/review", end.Headers.Location?.ToString());
        Assert.Equal(RecommendationStatus.Validated, await StatusAsync(ids[2]));
        Assert.Equal(RecommendationStatus.Validated, await StatusAsync(ids[1]));
        Assert.Equal(RecommendationStatus.Rejected, await StatusAsync(ids[0]));
    }

    [Fact]
    public async Task StaleDecision_InReviewMode_IsAConflict_AndSavesNothing()
    {
        var id = (await factory.AddAsync(new Rec("A note two officers open at once")))[0];
        var (mine, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var (theirs, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await theirs.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", Decision("Reject", "", ("RejectionReason", "Duplicate")));

        var stale = await mine.PostFormAsync($"/review/{id}", $"/review/{id}", Decision("Validate", ""));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else changed this recommendation", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(RecommendationStatus.Rejected, await StatusAsync(id));
    }

    [Fact]
    public async Task Undo_TakesBackTheLastAction_Once_AndIsAudited()
    {
        var id = (await factory.AddAsync(new Rec("Undo me")))[0];
        var (client, user) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await client.PostFormAsync($"/review/{id}", $"/review/{id}", Decision("Validate", ""));
        Assert.Contains("can be undone until", WebUtility.HtmlDecode(await client.GetStringAsync("/review")));

        var undone = await client.PostFormAsync("/review", "/review/undo", [new("bulk", "false"), new("returnUrl", "/review")]);
        var again = await client.PostFormAsync("/review", "/review/undo", [new("bulk", "false"), new("returnUrl", "/review")]);

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(RecommendationStatus.Submitted, await StatusAsync(id));
        var entry = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Undo" && a.EntityId == id.ToString()));
        Assert.Equal(user.Id, entry.UserId);
        Assert.Contains("Validated", entry.Before);
        Assert.Contains("Submitted", entry.After);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("There is nothing to undo", WebUtility.HtmlDecode(await client.GetStringAsync("/review")));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Undo" && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task UndoBulk_RestoresEveryItem_OrNoneWhenOneChangedSince()
    {
        var ids = await factory.AddAsync(new Rec("Bulk one"), new Rec("Bulk two"), new Rec("Bulk three"));
        var (client, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await client.PostFormAsync("/recommendations", "/recommendations/bulk", [new("Select", $"{ids[0]}:0"), new("Select", $"{ids[1]}:0"), new("Action", "Reject"), new("Reason", "Out of scope")]);
        Assert.Equal(RecommendationStatus.Rejected, await StatusAsync(ids[1]));

        await client.PostFormAsync("/review", "/review/undo", [new("bulk", "true")]);

        Assert.Equal(RecommendationStatus.Submitted, await StatusAsync(ids[0]));
        Assert.Equal(RecommendationStatus.Submitted, await StatusAsync(ids[1]));

        // A second bulk action, then someone changes one of its items: the undo refuses and changes nothing.
        await client.PostFormAsync("/recommendations", "/recommendations/bulk", [new("Select", $"{ids[2]}:0"), new("Select", $"{ids[0]}:2"), new("Action", "Validate")]);
        var (other, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await other.PostFormAsync($"/recommendations/{ids[2]}", $"/recommendations/{ids[2]}",
            [new("Version", "1"), new("Action", "Reject"), new("Area", "housing"), new("Language", "English"), new("RejectionReason", "No")]);
        var refused = await client.PostFormAsync("/review", "/review/undo", [new("bulk", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains($"Recommendation {ids[2]} was changed since", WebUtility.HtmlDecode(await client.GetStringAsync("/review")));
        Assert.Equal(RecommendationStatus.Validated, await StatusAsync(ids[0]));
        Assert.Equal(RecommendationStatus.Rejected, await StatusAsync(ids[2]));
    }
}
