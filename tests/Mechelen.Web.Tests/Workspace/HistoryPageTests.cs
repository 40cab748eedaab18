using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Workspace;

/// <summary>The history on the detail page and the audit log: readable changes, each value people typed in its own isolated element.</summary>
public sealed partial class HistoryPageTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private const string Override = "\u202E";

    private static string Section(string html, string heading)
    {
        var start = html.IndexOf($"<h2>{heading}</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {heading} section");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    /// <summary>The decoded text of every element that isolates user text: bdi, or any element with dir="auto".</summary>
    private static List<string> IsolatedValues(string html) =>
        Isolated().Matches(html).Select(m => WebUtility.HtmlDecode(Tags().Replace(m.Groups["text"].Value, ""))).ToList();

    [Fact]
    public async Task DetailPage_ShowsWhoWhenAndEachChange_WithoutJson_AndEveryValueIsolated()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var (rapporteur, user) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();
        var first = $"Open clinics {Override}reversed note to every resident {new string('w', 300)}";
        var edited = $"Open free clinics {Override}reversed note to every resident {new string('w', 300)}";
        var key = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Redirect, (await rapporteur.SaveAsync(sessionId, CaptureForms.Fields(first, key, [areas[0]], rationale: "Said twice", levels: [1]))).StatusCode);
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.IdempotencyKey == key).Select(r => r.Id).SingleAsync());
        var edit = $"/sessions/{sessionId}/capture/{id}/edit";
        Assert.Equal(HttpStatusCode.Redirect, (await rapporteur.PostFormAsync(edit, edit, CaptureForms.Fields(edited, Guid.Empty, [areas[0]], rationale: "Said twice", levels: [1]).Append(new("Version", "0")))).StatusCode);
        var (officer, officerUser) = await factory.SignedInAsync(Roles.PolicyOfficer);
        var reviewed = await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}",
            [new("Version", "1"), new("Action", "Validate"), new("Area", "services"), new("Area", "justice"), new("Level", "Local"), new("Level", "Global"), new("Language", "English")]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);

        var history = Section(await officer.GetStringAsync($"/recommendations/{id}"), "History");

        // No raw JSON: no braces, no quoted property names.
        Assert.DoesNotContain("{", history);
        Assert.DoesNotContain("&quot;", history);
        // Who, what and when: actions by their labels, the rapporteur's name isolated, times in the event's time zone.
        var created = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == id.ToString() && a.Action == "create").Select(a => a.At).SingleAsync());
        var brussels = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(created, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels"));
        Assert.Contains("Times are the event's local time (Europe/Brussels).", history);
        Assert.Contains(brussels.ToString("d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en")), history);
        Assert.Equal(["Captured", "Edited by its rapporteur", "Validated"], Actions().Matches(history).Select(m => m.Groups[1].Value));
        Assert.Equal(2, Regex.Count(history, $"<bdi class=\"history-who\">{Regex.Escape(user.DisplayName)}</bdi>"));
        Assert.Contains($"<bdi class=\"history-who\">{officerUser.DisplayName}</bdi>", history);
        // The changes field by field, areas by name, statuses and levels by label.
        var values = IsolatedValues(history);
        Assert.Contains(first, values);
        Assert.Contains("Said twice", values);
        Assert.Contains("Submitted", values);
        Assert.Contains("Validated", values);
        Assert.Contains("Access to justice", values);
        Assert.Contains("Global", values);
        Assert.Contains("<dt>Status</dt>", history);
        Assert.Contains("<dt>Governance areas</dt>", history);
        // The edit as a difference of words, both versions in full, each in its own dir="auto" block.
        Assert.Contains("<ins>free </ins>", history);
        Assert.Contains(edited, values);
        Assert.Contains("<dt>Text</dt>", history);
    }

    [Fact]
    public async Task AuditLog_ShowsTheSameReadableChanges_WithTheEntity()
    {
        var id = (await factory.AddAsync(new Rec("Audit me as readable changes")))[0];
        var (officer, _) = await factory.SignedInAsync(Roles.PolicyOfficer);
        await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}", [new("Version", "0"), new("Action", "Reject"), new("Area", "housing"), new("RejectionReason", Override + "not in scope")]);
        var (admin, _) = await factory.SignedInAsync(Roles.Admin);

        var page = await admin.GetStringAsync($"/audit?entityType=Recommendation&entityId={id}");

        Assert.DoesNotContain("{&quot;", page);
        Assert.Contains($"<a href=\"/recommendations/{id}\">Recommendation {id}</a>", page);
        Assert.Contains("Times are in UTC.", page);
        Assert.Contains(Override + "not in scope", IsolatedValues(page));
        Assert.Contains("Rejected", IsolatedValues(page));
    }

    [GeneratedRegex("<(?<tag>bdi)\\b[^>]*>(?<text>[^<]*)</bdi>|<(?<tag>[a-z0-9]+)\\b[^>]*\\bdir=\"auto\"[^>]*>(?<text>(?:(?!</\\k<tag>>).)*)</\\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Isolated();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<p class=\"history-head\">\\s*<strong>([^<]+)</strong>")]
    private static partial Regex Actions();
}
