using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Mechelen.Web.Tests.Reports.ReportScenario;

namespace Mechelen.Web.Tests.Reports;

public sealed class ReportAccessTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    [Theory]
    [InlineData(Roles.Rapporteur)]
    [InlineData(Roles.Admin)]
    public async Task OtherRoles_AreDenied(string role)
    {
        using var client = (await scenario.Factory.SignedInAsync(role)).Client;
        foreach (var path in new[] { $"/reports/outcome.pdf?event={EventCode}", $"/reports/outcome?event={EventCode}" })
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            var denied = await client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        }

        var fetch = new HttpRequestMessage(HttpMethod.Get, $"/reports/outcome.pdf?event={EventCode}");
        fetch.Headers.Add("X-Requested-With", "fetch");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(fetch)).StatusCode);
    }

    [Fact]
    public async Task EventPage_LinksToTheReport_OnlyForReportReaders()
    {
        using var anonymous = scenario.Factory.CreateBrowserClient();
        Assert.DoesNotContain("/reports/outcome", await anonymous.GetStringAsync(new Uri($"/events/{EventCode}", UriKind.Relative)), StringComparison.Ordinal);
        using var rapporteur = (await scenario.Factory.SignedInAsync(Roles.Rapporteur)).Client;
        Assert.DoesNotContain("/reports/outcome", await rapporteur.GetStringAsync(new Uri($"/events/{EventCode}", UriKind.Relative)), StringComparison.Ordinal);

        using var officer = (await scenario.Factory.SignedInAsync(Roles.PolicyOfficer)).Client;
        var html = await officer.GetStringAsync(new Uri($"/events/{EventCode}", UriKind.Relative));
        Assert.Contains($"href=\"/reports/outcome.pdf?event={EventCode}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/reports/outcome?event={EventCode}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        using var client = scenario.Factory.CreateBrowserClient();
        var response = await client.GetAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyOfficer_ReadsTheReport_ButCannotFinalizeIt()
    {
        using var client = (await scenario.Factory.SignedInAsync(Roles.PolicyOfficer)).Client;
        var pdf = await client.GetAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var html = await client.GetStringAsync(new Uri($"/reports/outcome?event={EventCode}", UriKind.Relative));
        Assert.DoesNotContain("/reports/finalize", html, StringComparison.Ordinal);

        var post = await client.PostFormAsync($"/reports/outcome?event={EventCode}", "/reports/finalize", [new("event", EventCode)]);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/account/denied", post.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await scenario.Factory.WithDbAsync(db => db.Events.Where(e => e.Code == EventCode).Select(e => e.ReportFinalizedAt).SingleAsync()));
    }

    [Fact]
    public async Task Secretariat_FinalizesAndReopens_BothAudited_WatermarkFollows()
    {
        var (signedIn, secretariat) = await scenario.Factory.SignedInAsync(Roles.Secretariat);
        using var client = signedIn;
        var page = $"/reports/outcome?event={EventCode}";

        var finalize = await client.PostFormAsync(page, "/reports/finalize", [new("event", EventCode)]);
        Assert.Equal(HttpStatusCode.Redirect, finalize.StatusCode);
        var final = Pages(await client.GetByteArrayAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative)));
        Assert.All(final, p => Assert.DoesNotContain("DRAFT", p, StringComparison.Ordinal));
        var text = string.Concat(final);
        Assert.Contains("Finalreport,markedfinalbysecretariat", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Squash("Spread housing for newcomers citywide"), text, StringComparison.Ordinal);
        Assert.True(text.Contains(Squash(Rows.Single(r => r.Key == "r7").Text), StringComparison.Ordinal), "a source of a draft key recommendation is listed as validated");

        var reopen = await client.PostFormAsync(page, "/reports/reopen", [new("event", EventCode)]);
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        var draft = Pages(await client.GetByteArrayAsync(new Uri($"/reports/outcome.pdf?event={EventCode}", UriKind.Relative)));
        Assert.All(draft, p => Assert.Contains("DRAFT", p, StringComparison.Ordinal));

        var audit = await scenario.Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Event").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([FinalizeReport.FinalizedAction, FinalizeReport.ReopenedAction], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(secretariat.DisplayName, a.UserName));
        Assert.Contains("\"reportFinalizedAt\":\"", audit[0].After, StringComparison.Ordinal);
    }
}
