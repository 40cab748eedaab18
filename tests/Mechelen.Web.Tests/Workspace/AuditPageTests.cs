using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Workspace;

public sealed partial class AuditPageTests : IClassFixture<MechelenAppFactory>
{
    private readonly MechelenAppFactory _factory;

    public AuditPageTests(MechelenAppFactory factory) => _factory = factory;

    [Fact]
    public async Task AuditLog_ShowsBeforeAndAfter_FilteredByUserEntityAndDate_ForAdminAndSecretariatOnly()
    {
        var id = (await _factory.AddAsync(new Rec("Audit me")))[0];
        var (officer, _) = await _factory.SignedInAsync(Roles.PolicyOfficer);
        await officer.PostFormAsync($"/recommendations/{id}", $"/recommendations/{id}",
            [new("Version", "0"), new("Action", "Validate"), new("Area", "justice")]);
        var (admin, _) = await _factory.SignedInAsync(Roles.Admin);
        var (secretariat, _) = await _factory.SignedInAsync(Roles.Secretariat);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var byEntity = await admin.GetStringAsync($"/audit?entityType=Recommendation&entityId={id}&from={today}&to={today}");
        var byOtherUser = await admin.GetStringAsync($"/audit?user=nobody-like-this&entityId={id}");
        var yesterday = await admin.GetStringAsync($"/audit?entityId={id}&to={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}");

        Assert.Contains("<dt>Governance areas</dt><dd><bdi>Housing</bdi><span class=\"change-arrow\"", Squash(byEntity));
        Assert.Contains("<bdi>Access to justice</bdi></dd>", Squash(byEntity));
        Assert.Contains("policyofficer-", byEntity);
        Assert.Contains(">0 entries<", byOtherUser.Replace("\n", ""));
        Assert.Contains(">0 entries<", yesterday.Replace("\n", ""));
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/audit?from=not-a-date&page=-4")).StatusCode);
    }

    private static string Squash(string html) => Whitespace().Replace(html, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=>)\s+|\s+(?=<)")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();
}
