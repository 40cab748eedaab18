using System.Net;
using System.Text.Json;
using Mechelen.Reports.Reading;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Reports.Builds.ReportBuildFixture;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>
/// A prepared file is current while what its report shows is unchanged: each input of the report's fingerprint, changed
/// alone, makes it out of date; a note the report does not count leaves it current. The report here is the first session's,
/// on housing, in French (the fixture's eight validated recommendations are all in the first session).
/// </summary>
public sealed class ReportFingerprintTests(ReportBuildFixture fixture) : IClassFixture<ReportBuildFixture>
{
    private MechelenAppFactory Factory => fixture.Factory;

    private async Task<ReportScope> ScopeAsync(bool bySession = true) => new(EventCode)
    {
        Sessions = bySession ? [(await Factory.SessionsByStartAsync())[0]] : [],
        Areas = ["housing"],
        Language = "fr",
    };

    private async Task<string> FingerprintAsync(ReportScope scope)
    {
        await using var services = Factory.Services.CreateAsyncScope();
        var fingerprint = await services.ServiceProvider.GetRequiredService<EfReportReader>().FingerprintAsync(scope, CancellationToken.None);
        Assert.NotNull(fingerprint);
        return fingerprint;
    }

    private Task<int> ChangeAsync(Func<MechelenDbContext, Task> change) =>
        Factory.WithDbAsync(async db =>
        {
            await change(db);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>The fingerprint before and after <paramref name="change"/>, for the report of <paramref name="scope"/> (by default the session's).</summary>
    private async Task<(string Before, string After)> AroundAsync(Func<MechelenDbContext, Task> change, ReportScope? scope = null)
    {
        scope ??= await ScopeAsync();
        var before = await FingerprintAsync(scope);
        Assert.Equal(before, await FingerprintAsync(scope));
        await ChangeAsync(change);
        return (before, await FingerprintAsync(scope));
    }

    private async Task<int> AddAsync(Rec rec) => (await Factory.AddAsync(rec))[0];

    private static Task<Recommendation> Rec(MechelenDbContext db, int id) => db.Recommendations.Include(r => r.Areas).SingleAsync(r => r.Id == id);

    private static async Task<int> EventIdAsync(MechelenDbContext db) => await db.Events.Where(e => e.Code == EventCode).Select(e => e.Id).SingleAsync();

    private static async Task<KeyRecommendation> NewKeyAsync(MechelenDbContext db, params int[] sources)
    {
        var key = new KeyRecommendation
        {
            EventId = await EventIdAsync(db),
            GovernanceAreaId = await db.GovernanceAreas.Where(a => a.Code == "housing").Select(a => a.Id).SingleAsync(),
            Order = 1 + await db.KeyRecommendations.CountAsync(),
            Wording = "Give cities a seat where migration policy is made",
            CreatedByName = "Officer",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        key.Sources.AddRange(sources.Select(id => new KeyRecommendationSource { RecommendationId = id, AddedAt = DateTime.UtcNow }));
        db.KeyRecommendations.Add(key);
        return key;
    }

    // What the report does not show.

    [Fact]
    public async Task ANoteSubmittedInAnotherSession_LeavesTheReportCurrent()
    {
        var (before, after) = await AroundAsync(async db =>
        {
            db.Recommendations.Add(new Recommendation
            {
                EventId = await EventIdAsync(db),
                SessionId = (await db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync())[1],
                Text = "Captured in another session",
                CapturedByName = "Rapporteur Two",
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
        });
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ADraftInTheSession_OrATranslationIntoAnotherLanguage_LeavesTheReportCurrent()
    {
        var reported = await AddAsync(new Rec("Validated, translated into Spanish later") { Status = RecommendationStatus.Validated });
        var scope = await ScopeAsync();
        var before = await FingerprintAsync(scope);
        var draft = await AddAsync(new Rec("A withdrawn note in the same session") { Status = RecommendationStatus.Draft });
        Assert.Equal(before, await FingerprintAsync(scope));
        await ChangeAsync(async db => (await Rec(db, draft)).Text = "The withdrawn note, corrected");
        Assert.Equal(before, await FingerprintAsync(scope));
        await ChangeAsync(async db => (await Rec(db, reported)).Translations.Add(
            new RecommendationTranslation { Language = RecommendationLanguage.Spanish, Text = "Traducido al español", TranslatedByName = "Translator", UpdatedAt = DateTime.UtcNow }));
        Assert.Equal(before, await FingerprintAsync(scope));
    }

    [Fact]
    public async Task ANoteInAnotherArea_LeavesAnAreasReportCurrent()
    {
        var scope = await ScopeAsync(bySession: false);
        var before = await FingerprintAsync(scope);
        await AddAsync(new Rec("Jobs for newcomers") { Areas = ["employment"], Status = RecommendationStatus.Validated });
        Assert.Equal(before, await FingerprintAsync(scope));
    }

    // What it shows: each input alone.

    [Fact]
    public async Task ANoteSubmittedInTheSession_ChangesIt_ForTheReportCountsWhatWasCaptured()
    {
        var scope = await ScopeAsync();
        var before = await FingerprintAsync(scope);
        await AddAsync(new Rec("Captured in the report's session, on housing"));
        Assert.NotEqual(before, await FingerprintAsync(scope));
    }

    [Fact]
    public async Task ValidatingANote_ChangesIt()
    {
        var id = await AddAsync(new Rec("Submitted, then validated"));
        var (before, after) = await AroundAsync(async db => (await Rec(db, id)).Status = RecommendationStatus.Validated);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task EditingAReportedNote_ChangesIt()
    {
        var id = await AddAsync(new Rec("Validated, then edited") { Status = RecommendationStatus.Validated });
        var (before, after) = await AroundAsync(async db => (await Rec(db, id)).Rationale = "A rationale written later");
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task MovingANoteToOtherAreas_ChangesIt()
    {
        var id = await AddAsync(new Rec("Housing, then housing and employment") { Status = RecommendationStatus.Validated });
        var (before, after) = await AroundAsync(async db =>
            (await Rec(db, id)).Areas.Add(await db.GovernanceAreas.SingleAsync(a => a.Code == "employment")));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task TranslatingANote_AndEditingTheTranslation_ChangeIt()
    {
        var id = await AddAsync(new Rec("Validated, then translated") { Status = RecommendationStatus.Validated });
        var (before, translated) = await AroundAsync(async db => (await Rec(db, id)).Translations.Add(
            new RecommendationTranslation { Language = RecommendationLanguage.French, Text = "Traduit", TranslatedByName = "Traductrice", UpdatedAt = DateTime.UtcNow }));
        Assert.NotEqual(before, translated);

        var (_, edited) = await AroundAsync(async db =>
        {
            var translation = await db.RecommendationTranslations.SingleAsync(t => t.RecommendationId == id && t.Language == RecommendationLanguage.French);
            translation.Text = "Traduit, puis relu";
            translation.UpdatedAt = DateTime.UtcNow;
        });
        Assert.NotEqual(translated, edited);

        // A translation taken back, when it was not the latest one written.
        var later = await AddAsync(new Rec("Validated, translated later") { Status = RecommendationStatus.Validated });
        await ChangeAsync(async db => (await Rec(db, later)).Translations.Add(
            new RecommendationTranslation { Language = RecommendationLanguage.French, Text = "Traduit plus tard", TranslatedByName = "Traductrice", UpdatedAt = DateTime.UtcNow }));
        var (bothTranslated, removed) = await AroundAsync(async db =>
            db.RecommendationTranslations.Remove(await db.RecommendationTranslations.SingleAsync(t => t.RecommendationId == id && t.Language == RecommendationLanguage.French)));
        Assert.NotEqual(bothTranslated, removed);
    }

    [Fact]
    public async Task MergingANoteIntoAKeyRecommendation_ChangesIt()
    {
        var id = await AddAsync(new Rec("Validated, then merged") { Status = RecommendationStatus.Validated });
        var (before, after) = await AroundAsync(async db =>
        {
            (await Rec(db, id)).Status = RecommendationStatus.Merged;
            await NewKeyAsync(db, id);
        });
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task AKeyRecommendationDrawingOnANoteOutsideTheFilter_ChangesIt_AsDoesThatNote()
    {
        // Validated in another session: the report lists it only as a key recommendation's source.
        var source = await AddAsync(new Rec("A source in another session") { Status = RecommendationStatus.Validated, SessionIndex = 1 });
        var other = await AddAsync(new Rec("Another source in another session") { Status = RecommendationStatus.Validated, SessionIndex = 1 });
        KeyRecommendation? key = null;
        var (before, withKey) = await AroundAsync(async db => key = await NewKeyAsync(db, source));
        Assert.NotEqual(before, withKey);
        var keyId = key!.Id;

        var (_, withSource) = await AroundAsync(db =>
        {
            db.KeyRecommendationSources.Add(new KeyRecommendationSource { KeyRecommendationId = keyId, RecommendationId = other, AddedAt = DateTime.UtcNow });
            return Task.CompletedTask;
        });
        Assert.NotEqual(withKey, withSource);

        var (_, sourceEdited) = await AroundAsync(async db => (await Rec(db, other)).Rationale = "The source's rationale, written later");
        Assert.NotEqual(withSource, sourceEdited);

        var (_, reworded) = await AroundAsync(async db => (await db.KeyRecommendations.SingleAsync(k => k.Id == keyId)).Wording = "Reworded");
        Assert.NotEqual(sourceEdited, reworded);

        var (_, translated) = await AroundAsync(async db => (await db.KeyRecommendations.Include(k => k.Translations).SingleAsync(k => k.Id == keyId)).Translations.Add(
            new KeyRecommendationTranslation { Language = RecommendationLanguage.French, Wording = "Reformulée", TranslatedByName = "Traductrice", UpdatedAt = DateTime.UtcNow }));
        Assert.NotEqual(reworded, translated);
    }

    [Fact]
    public async Task ValidatingANoteOfTheSessionInAnotherArea_ChangesIt_ForItCanKeepAKeyRecommendationInTheReport()
    {
        var id = await AddAsync(new Rec("Employment, in the report's session") { Areas = ["employment"] });
        var (before, after) = await AroundAsync(async db => (await Rec(db, id)).Status = RecommendationStatus.Validated);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task RenamingAnArea_OrWritingASessionSummary_ChangesIt()
    {
        var (before, renamed) = await AroundAsync(async db => (await db.GovernanceAreas.SingleAsync(a => a.Code == "employment")).Name += " (renamed)");
        Assert.NotEqual(before, renamed);
        var (_, summarised) = await AroundAsync(async db => (await db.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).FirstAsync()).Summary = "What was said, in short.");
        Assert.NotEqual(renamed, summarised);
    }

    [Fact]
    public async Task ChangingTheReportsSettings_FinalisingIt_OrAddingALogo_ChangesIt()
    {
        var (before, settings) = await AroundAsync(async db => (await db.Events.SingleAsync(e => e.Code == EventCode)).ReportForeword = "A foreword, written later.");
        Assert.NotEqual(before, settings);

        // Finalising writes the event around the change tracker (one conditional update), as its handler does.
        var (_, finalised) = await AroundAsync(async db =>
        {
            await db.Events.Where(e => e.Code == EventCode).ExecuteUpdateAsync(s => s.SetProperty(e => e.ReportFinalizedAt, DateTime.UtcNow).SetProperty(e => e.ReportFinalizedBy, "Secretariat"));
            await db.BumpChangeStampAsync(CancellationToken.None);
        });
        Assert.NotEqual(settings, finalised);

        var (_, logo) = await AroundAsync(async db => db.EventLogos.Add(new EventLogo
        {
            EventId = await EventIdAsync(db),
            Name = "City of Mechelen",
            ContentType = "image/png",
            Data = TestImages.Png(4, 4),
            Width = 4,
            Height = 4,
            Order = 1,
            UploadedAt = DateTime.UtcNow,
            UploadedBy = "Admin",
        }));
        Assert.NotEqual(finalised, logo);
    }

    // The files: the direct address, the page and the build's status follow the fingerprint.

    [Fact]
    public async Task APreparedFile_StaysCurrentWhileNotesArriveElsewhere_AndIsOutOfDateOnceOneArrivesInIt()
    {
        using var client = (await Factory.SignedInAsync(Roles.Secretariat)).Client;
        var session = (await Factory.SessionsByStartAsync())[0];
        var query = $"event={EventCode}&session={session}&level=Local";
        await PrepareAsync(client, query, "en", ReportFormats.Pdf);
        await BuildQueuedAsync(Factory);
        var build = (await BuildsAsync(Factory, "en")).Single(b => b.Query == query && b.Format == ReportFormats.Pdf);
        Assert.Equal(ReportBuildStatus.Done, build.Status);
        Assert.Equal(64, build.Fingerprint?.Length);
        var file = await client.GetByteArrayAsync(new Uri($"/reports/builds/{build.Id}/file", UriKind.Relative));
        var direct = new Uri($"/reports/outcome.pdf?{query}&lang=en", UriKind.Relative);
        var page = new Uri($"/reports/outcome?{query}&lang=en", UriKind.Relative);

        // Notes in another session, and one at another level, move the global stamp on but not this report.
        await Factory.AddAsync(new Rec("Elsewhere, one") { SessionIndex = 1 }, new Rec("Elsewhere, two") { SessionIndex = 2 },
            new Rec("Same session, national level") { Levels = GovernanceLevels.National });
        Assert.True(await StampAsync(Factory) > build.Stamp);
        var served = await client.GetAsync(direct);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(file, await served.Content.ReadAsByteArrayAsync());
        var html = await client.GetStringAsync(page);
        Assert.Contains("from the data as it is now.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Prepare the PDF again", html, StringComparison.Ordinal);
        Assert.EndsWith("from the data as it is now.", (await StatusAsync(client, build.Id)).GetProperty("text").GetString(), StringComparison.Ordinal);
        await PrepareAsync(client, query, "en", ReportFormats.Pdf);
        Assert.Single(await BuildsAsync(Factory, "en"), b => b.Query == query && b.Format == ReportFormats.Pdf);

        // A note captured in the session at that level is counted by the report: the file is out of date.
        await Factory.AddAsync(new Rec("Same session, local level"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(direct)).StatusCode);
        html = await client.GetStringAsync(page);
        Assert.Contains("changes to the data since.", html, StringComparison.Ordinal);
        Assert.Contains("Prepare the PDF again</button>", html, StringComparison.Ordinal);
        Assert.Contains("changes to the data since.", (await StatusAsync(client, build.Id)).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, int id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/reports/builds/{id}", UriKind.Relative)));
        return json.RootElement.Clone();
    }
}
