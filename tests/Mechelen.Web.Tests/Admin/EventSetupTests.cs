using System.Net;
using Mechelen.Web.Data.Seeding;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Admin;

public sealed class EventSetupTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private static List<KeyValuePair<string, string>> EventFields(string code, string start = "2026-03-10", string end = "2026-03-11", string zone = "Europe/Lisbon") =>
    [
        new("Form.Code", code), new("Form.Name", "Lisbon consultation"), new("Form.City", "Lisbon"), new("Form.Country", "Portugal"),
        new("Form.StartDate", start), new("Form.EndDate", end), new("Form.TimeZone", zone), new("Form.Hosts", "City of Lisbon"),
        new("Form.Partners", "IOM"), new("Form.Purpose", "the regional review"), new("Form.WorkingLanguages", "en"), new("Form.WorkingLanguages", "es"),
    ];

    private static List<KeyValuePair<string, string>> SessionFields(string title, string date, string kind = "SideEvent") =>
        [new("Form.Title", title), new("Form.Kind", kind), new("Form.Date", date), new("Form.Start", "18:00"), new("Form.End", "19:30"), new("Form.Moderator", "A. Costa")];

    private static async Task<int> CreateEventAsync(HttpClient admin, string code)
    {
        var created = await admin.PostFormAsync("/admin/events/new", "/admin/events/new", EventFields(code));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Admin_CreatesAnEvent_AddsTwoSessions_ThePublicProgrammeShowsThem_AndASeedRunKeepsThem()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var code = $"lisbon-{Guid.NewGuid():N}"[..20];
        var id = await CreateEventAsync(admin, code);
        var url = $"/admin/events/{id}/sessions/new";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, url, SessionFields("Housing side event", "2026-03-10"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, url, SessionFields("Closing plenary", "2026-03-11", "Plenary"))).StatusCode);

        var page = WebUtility.HtmlDecode(await factory.CreateBrowserClient().GetStringAsync($"/events/{code}"));
        Assert.Contains("Lisbon consultation", page);
        Assert.Contains("Housing side event", page);
        Assert.Contains("Closing plenary", page);
        var ev = await factory.WithDbAsync(db => db.Events.Include(e => e.Sessions).SingleAsync(e => e.Id == id));
        Assert.Equal(("en,es", "Europe/Lisbon"), (ev.WorkingLanguages, ev.TimeZone));
        Assert.Contains(ev.Sessions, s => s.Kind == SessionKind.Plenary && s.StartsAt == new DateTime(2026, 3, 11, 18, 0, 0));

        // A seeded session whose kind and title an administrator changed keeps them when the seed runs again.
        var seeded = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).FirstAsync());
        var edit = $"/admin/sessions/{seeded.Id}";
        await admin.SubmitAsync(edit, edit, f => f.With("Form.Title", "Renamed on screen").With("Form.Kind", "SideEvent"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<Seeder>(scope.ServiceProvider).SeedAsync();
        }

        Assert.Equal(2, await factory.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == id)));
        var kept = await factory.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == seeded.Id));
        Assert.Equal(("Renamed on screen", SessionKind.SideEvent), (kept.Title, kept.Kind));
    }

    [Fact]
    public async Task BadEventOrSessionInput_GetsMessages_AndWritesNothing()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var before = await factory.WithDbAsync(db => db.Events.CountAsync());
        var seededCode = await factory.WithDbAsync(db => db.Events.Select(e => e.Code).FirstAsync());

        var badCode = await admin.PostFormAsync("/admin/events/new", "/admin/events/new", EventFields("Bad Code!"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCode.StatusCode);
        Assert.Contains("Use 2 to 64 lowercase letters, digits and hyphens", WebUtility.HtmlDecode(await badCode.Content.ReadAsStringAsync()));
        var bad = await admin.PostFormAsync("/admin/events/new", "/admin/events/new",
            EventFields("fine-code", "2026-03-12", "2026-03-10", "Mars/Olympus").Where(f => f.Key != "Form.WorkingLanguages").ToList());
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("The last day must not be before the first.", html);
        Assert.Contains("This is not a time zone", html);
        Assert.Contains("Choose at least one working language.", html);
        var taken = await admin.PostFormAsync("/admin/events/new", "/admin/events/new", EventFields(seededCode));
        Assert.Contains("An event with this code exists already.", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Events.CountAsync()));

        var id = await CreateEventAsync(admin, $"empty-{Guid.NewGuid():N}"[..16]);
        var url = $"/admin/events/{id}/sessions/new";
        var outside = await admin.PostFormAsync(url, url, SessionFields("Too late", "2026-04-01"));
        Assert.Contains("The date must be within the event's dates.", WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Sessions.CountAsync(s => s.EventId == id)));
    }

    [Fact]
    public async Task EventsAndSessions_AreDeleted_OnlyWhileNothingWasCapturedInThem()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var id = await CreateEventAsync(admin, $"gone-{Guid.NewGuid():N}"[..16]);
        var url = $"/admin/events/{id}/sessions/new";
        await admin.PostFormAsync(url, url, SessionFields("One", "2026-03-10"));
        await admin.PostFormAsync(url, url, SessionFields("Two", "2026-03-10"));
        var sessions = await factory.WithDbAsync(db => db.Sessions.Where(s => s.EventId == id).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        var order = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync());
        await factory.AddAsync(new Rec("Keep this") { SessionIndex = order.IndexOf(sessions[1]) });

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/sessions/{sessions[0]}", $"/admin/sessions/{sessions[0]}/delete", [])).StatusCode);
        await admin.PostFormAsync($"/admin/sessions/{sessions[1]}", $"/admin/sessions/{sessions[1]}/delete", []);
        Assert.Contains("Recommendations were captured in this session, so it cannot be deleted.", WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/sessions/{sessions[1]}")));
        await admin.PostFormAsync($"/admin/events/{id}", $"/admin/events/{id}/delete", []);
        Assert.Equal([sessions[1]], await factory.WithDbAsync(db => db.Sessions.Where(s => s.EventId == id).Select(s => s.Id).ToListAsync()));

        var empty = await CreateEventAsync(admin, $"void-{Guid.NewGuid():N}"[..16]);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/events/{empty}", $"/admin/events/{empty}/delete", [])).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == empty)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "event-delete" && a.EntityId == empty.ToString())));
    }

    [Fact]
    public async Task ANewEvent_CopiesAnotherOnesSettings_AndAHiddenProgrammeIsForSignedInPeopleOnly()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var source = await CreateEventAsync(admin, $"src-{Guid.NewGuid():N}"[..16]);
        await factory.WithDbAsync(db => db.Events.Where(e => e.Id == source)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ReportDisclaimer, "Not an official record.").SetProperty(e => e.ProgrammeHidden, true)));
        var code = $"copy-{Guid.NewGuid():N}"[..16];

        var copied = await admin.SubmitAsync($"/admin/events/new?copy={source}", "/admin/events/new",
            f => f.With("Form.Code", code).With("Form.Name", "The copy"));

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var ev = await factory.WithDbAsync(db => db.Events.SingleAsync(e => e.Code == code));
        Assert.Equal(("Lisbon", "Europe/Lisbon", "en,es", true, "Not an official record."), (ev.City, ev.TimeZone, ev.WorkingLanguages, ev.ProgrammeHidden, ev.ReportDisclaimer));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/events/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/events/{code}")).StatusCode);
    }

    [Fact]
    public async Task TheAssignmentGrid_SetsExactlyTheTickedPairs()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var eventId = await factory.WithDbAsync(db => db.Events.Where(e => e.Code == "mechelen-2017").Select(e => e.Id).FirstAsync());
        var sessions = await factory.WithDbAsync(db => db.Sessions.Where(s => s.EventId == eventId).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync());
        var ann = await factory.CreateUserAsync($"ann-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur);
        var bob = await factory.CreateUserAsync($"bob-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur);
        await factory.AssignAsync(bob.Id, sessions[0]);

        var saved = await admin.SubmitAsync($"/admin/assignments?event={eventId}", "/admin/assignments", fields => fields
            .Where(f => f.Key != "ticked" || !(f.Value.StartsWith(ann.Id, StringComparison.Ordinal) || f.Value.StartsWith(bob.Id, StringComparison.Ordinal))).ToList()
            .With("ticked", $"{ann.Id}:{sessions[1]}").Append(new("ticked", $"{bob.Id}:{sessions[2]}")).ToList());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var pairs = await factory.WithDbAsync(db => db.RapporteurAssignments.Where(a => a.UserId == ann.Id || a.UserId == bob.Id).Select(a => new { a.UserId, a.SessionId }).ToListAsync());
        Assert.Equal(2, pairs.Count);
        Assert.Contains(pairs, p => p.UserId == ann.Id && p.SessionId == sessions[1]);
        Assert.Contains(pairs, p => p.UserId == bob.Id && p.SessionId == sessions[2]);
    }
}
