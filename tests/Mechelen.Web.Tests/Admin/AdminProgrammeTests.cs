using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Admin;

public sealed class AdminProgrammeTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task Admin_EditsASessionAndAnArea_ThePublicPagesShowIt_AndBothAreAudited()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).Skip(1).FirstAsync());
        var url = $"/admin/sessions/{session.Id}";
        var date = DateOnly.FromDateTime(session.StartsAt).ToString("yyyy-MM-dd");
        var response = await admin.PostFormAsync(url, url, [new("Form.Title", "Cities as first responders"), new("Form.Focus", "Reception and inclusion."),
            new("Form.Date", date), new("Form.Start", "10:15"), new("Form.End", "11:45"), new("Form.Room", "Lamot, room 2")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await factory.CreateBrowserClient().GetStringAsync($"/sessions/{session.Id}"));
        Assert.Contains("Cities as first responders", page);
        Assert.Contains("10:15–11:45", page);
        Assert.Contains("Lamot, room 2", page);

        var area = await factory.WithDbAsync(db => db.GovernanceAreas.OrderBy(a => a.Order).FirstAsync());
        var areaUrl = $"/admin/areas/{area.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(areaUrl, areaUrl,
            [new("Form.Name", "Access to basic services"), new("Form.Description", area.Description), new("Form.Order", "40")])).StatusCode);
        var edited = await factory.WithDbAsync(db => db.GovernanceAreas.SingleAsync(a => a.Id == area.Id));
        Assert.Equal(("Access to basic services", 40), (edited.Name, edited.Order));

        var audits = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "session-update" || a.Action == "area-update").ToListAsync());
        Assert.Contains(audits, a => a.EntityId == session.Id.ToString() && a.Before!.Contains(session.Title) && a.After!.Contains("Cities as first responders"));
        Assert.Contains(audits, a => a.EntityId == area.Id.ToString() && a.After!.Contains("\"order\":40"));
    }

    [Fact]
    public async Task InvalidProgrammeEdits_AreRefusedWithTheirMessages_AndChangeNothing()
    {
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);
        var ev = await factory.WithDbAsync(db => db.Events.FirstAsync());
        var url = $"/admin/events/{ev.Id}";
        var response = await admin.PostFormAsync(url, url, [new("Form.Name", ""), new("Form.Hosts", ev.Hosts), new("Form.Partners", ev.Partners), new("Form.Purpose", ev.Purpose)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter the event&#x27;s name.", await response.Content.ReadAsStringAsync());

        var session = await factory.WithDbAsync(db => db.Sessions.OrderBy(s => s.Id).FirstAsync());
        var sessionUrl = $"/admin/sessions/{session.Id}";
        var backwards = await admin.PostFormAsync(sessionUrl, sessionUrl, [new("Form.Title", "Backwards"), new("Form.Date", "2017-11-16"), new("Form.Start", "12:00"), new("Form.End", "11:00")]);
        Assert.Contains("The end time must be after the start time.", await backwards.Content.ReadAsStringAsync());
        var outside = await admin.PostFormAsync(sessionUrl, sessionUrl, [new("Form.Title", "Elsewhen"), new("Form.Date", "2018-01-01"), new("Form.Start", "10:00"), new("Form.End", "11:00")]);
        Assert.Contains("The date must be within the event&#x27;s dates.", await outside.Content.ReadAsStringAsync());
        Assert.Equal(session.Title, await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Title).SingleAsync()));
        Assert.Equal(ev.Name, await factory.WithDbAsync(db => db.Events.Where(e => e.Id == ev.Id).Select(e => e.Name).SingleAsync()));
    }
}
