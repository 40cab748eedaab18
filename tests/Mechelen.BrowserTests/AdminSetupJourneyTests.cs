using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mechelen.BrowserTests;

/// <summary>An administrator sets up an event from the screen and invites a rapporteur, who joins by the link and captures a note.</summary>
public sealed class AdminSetupJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    private static async Task SignInAsync(IPage page, string baseUrl, string email, string password)
    {
        await page.GotoAsync($"{baseUrl}/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    private static async Task AddSessionAsync(IPage page, string title, string start, string end)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a session" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).First.FillAsync(title);
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Guided discussion" });
        await page.GetByLabel("Day").FillAsync("2026-05-04");
        await page.GetByLabel("Starts (local time)").FillAsync(start);
        await page.GetByLabel("Ends (local time)").FillAsync(end);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the session" }).ClickAsync();
        await Expect(page.GetByText("Session added.")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Admin_CreatesAnEventWithTwoSessions_InvitesARapporteur_WhoSetsAPassword_SignsIn_AndCapturesANote()
    {
        Chromium.RequireBrowser();
        const string adminPassword = "admin-browser-2026";
        var adminEmail = $"admin-{Guid.NewGuid():N}@test.example";
        var rapporteurEmail = $"ria-{Guid.NewGuid():N}@test.example";
        var code = $"ghent-{Guid.NewGuid():N}"[..16];
        await app.CreateUserAsync(adminEmail, adminPassword, Roles.Admin);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 } };

        var admin = await (await browser.NewContextAsync(phone)).NewPageAsync();
        await SignInAsync(admin, app.BaseUrl, adminEmail, adminPassword);
        await admin.GotoAsync($"{app.BaseUrl}/admin/events/new");
        await admin.GetByLabel("Name", new() { Exact = true }).First.FillAsync("Ghent consultation");
        await admin.GetByLabel("Code").FillAsync(code);
        await admin.GetByLabel("City").FillAsync("Ghent");
        await admin.GetByLabel("Country").FillAsync("Belgium");
        await admin.GetByLabel("First day").FillAsync("2026-05-04");
        await admin.GetByLabel("Last day").FillAsync("2026-05-05");
        await admin.GetByLabel("Time zone").FillAsync("Europe/Brussels");
        await admin.GetByLabel("Hosts").FillAsync("City of Ghent");
        await admin.GetByLabel("Partners").FillAsync("IOM");
        await admin.GetByLabel("Input to").FillAsync("the regional review");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create the event" }).ClickAsync();
        await Expect(admin.GetByText("Event created. Add its sessions now.")).ToBeVisibleAsync();
        await AddSessionAsync(admin, "Housing and cities", "10:00", "11:30");
        await AddSessionAsync(admin, "Work and skills", "10:00", "11:30");
        await Chromium.ScreenshotAsync(admin, "admin-event");

        var sessions = await app.WithDbAsync(db => db.Sessions.Where(s => s.Event.Code == code).OrderBy(s => s.Title).Select(s => new { s.Id, s.Code }).ToListAsync());
        Assert.Equal(2, sessions.Count);
        await admin.GotoAsync($"{app.BaseUrl}/admin/users/new");
        await admin.GetByLabel("Event (for the sessions)").SelectOptionAsync(new SelectOptionValue { Label = "Ghent consultation" });
        await admin.GetByLabel("People, one per line").FillAsync($"Ria Rapporteur; {rapporteurEmail}; Rapporteur; {sessions[0].Code}");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invite", Exact = true }).ClickAsync();
        var linkField = admin.GetByLabel($"Link for {rapporteurEmail}");
        await Expect(linkField).ToBeVisibleAsync();
        var link = await linkField.InputValueAsync();
        await Chromium.ScreenshotAsync(admin, "admin-invited");

        // The rapporteur opens the link on their own phone: no cookie of the administrator's.
        const string password = "ria-chooses-this-2026";
        var joining = await (await browser.NewContextAsync(phone)).NewPageAsync();
        await joining.GotoAsync(link);
        await joining.GetByLabel("New password").FillAsync(password);
        await joining.GetByLabel("The same password again").FillAsync(password);
        await joining.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Expect(joining.GetByText("Your password is set. Welcome.")).ToBeVisibleAsync();

        // The link works once: opened again, it no longer offers to set a password.
        await joining.GotoAsync(link);
        await Expect(joining.GetByLabel("New password")).ToHaveCountAsync(0);

        var rapporteur = await (await browser.NewContextAsync(phone)).NewPageAsync();
        await SignInAsync(rapporteur, app.BaseUrl, rapporteurEmail, password);
        await rapporteur.GotoAsync($"{app.BaseUrl}/sessions/{sessions[0].Id}/capture");
        await rapporteur.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Give cities a seat at the table when housing policy for newcomers is drafted.");
        await rapporteur.GetByRole(AriaRole.Group, new() { Name = "Governance areas" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await rapporteur.GetByRole(AriaRole.Button, new() { Name = "Save recommendation" }).ClickAsync();
        await Expect(rapporteur.Locator(".captured-item.confirmed")).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(rapporteur, "rapporteur-captured");

        var stored = await app.WithDbAsync(db => db.Recommendations.Where(r => r.SessionId == sessions[0].Id).Select(r => new { r.Text, r.CapturedByName }).ToListAsync());
        var note = Assert.Single(stored);
        Assert.Equal(("Give cities a seat at the table when housing policy for newcomers is drafted.", "Ria Rapporteur"), (note.Text, note.CapturedByName));
    }
}
