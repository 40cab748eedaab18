using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Capture;

public sealed partial class WorkingLanguageTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private async Task<int> SessionInEventAsync(string workingLanguages) =>
        await factory.WithDbAsync(async db =>
        {
            var ev = new Event
            {
                Code = $"lang-{Guid.NewGuid():N}"[..20],
                Name = "Languages",
                City = "Liège",
                Country = "Belgium",
                StartDate = new DateOnly(2026, 5, 4),
                EndDate = new DateOnly(2026, 5, 4),
                TimeZone = "Europe/Brussels",
                Hosts = "h",
                Partners = "p",
                Purpose = "p",
                WorkingLanguages = workingLanguages,
            };
            var session = new Session { Event = ev, Code = "s1", Title = "Discussion", StartsAt = new DateTime(2026, 5, 4, 9, 0, 0), EndsAt = new DateTime(2026, 5, 4, 10, 0, 0) };
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    private async Task<List<(string Value, bool Selected)>> LanguageOptionsAsync(string workingLanguages)
    {
        var sessionId = await SessionInEventAsync(workingLanguages);
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/sessions/{sessionId}/capture?culture=en"));
        var select = LanguageSelect().Match(html).Value;
        return Option().Matches(select).Select(m => (m.Groups["value"].Value, m.Groups["selected"].Success)).ToList();
    }

    [Fact]
    public async Task AFrenchOnlyEvent_OffersFrenchAndOther_AndStartsNotesInFrench()
    {
        var options = await LanguageOptionsAsync("fr");
        Assert.Equal(["French", "Other"], options.Select(o => o.Value));
        Assert.True(options[0].Selected);
    }

    [Fact]
    public async Task AnEventWorkingInEnglishAndSpanish_OffersThoseAndOther()
    {
        var options = await LanguageOptionsAsync("en,es");
        Assert.Equal(["English", "Spanish", "Other"], options.Select(o => o.Value));
        Assert.True(options[0].Selected);
    }

    [Fact]
    public async Task AnEventWithNoWorkingLanguagesSet_OffersAllThree()
    {
        var options = await LanguageOptionsAsync("");
        Assert.Equal(["English", "French", "Spanish", "Other"], options.Select(o => o.Value));
    }

    [GeneratedRegex("<select id=\"Language\" name=\"Language\">.*?</select>", RegexOptions.Singleline)]
    private static partial Regex LanguageSelect();

    [GeneratedRegex("<option value=\"(?<value>\\w+)\"(?<selected> selected=\"selected\")?")]
    private static partial Regex Option();
}
