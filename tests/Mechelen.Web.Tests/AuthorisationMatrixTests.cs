using System.Net;
using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mechelen.Web.Tests;

/// <summary>
/// Every endpoint the app maps, against anonymous visitors, each role and a rapporteur of another session,
/// with real ids: the answer each gets is declared here, row by row. An endpoint without a row fails, so a
/// new page or API states who may use it before it ships. Every answer to a signed-in reader must also
/// be kept out of caches (<c>Cache-Control: no-store</c>).
/// </summary>
public sealed class AuthorisationMatrixTests(MechelenAppFactory factory, ITestOutputHelper output) : IClassFixture<MechelenAppFactory>
{
    public enum Reader
    {
        Anonymous,
        Rapporteur,
        RapporteurElsewhere,
        PolicyOfficer,
        Secretariat,
        Admin,
    }

    /// <summary>Allowed: the action ran (any answer but the four below). Login: 401 or the login page. Forbidden: 403 or the denied page.</summary>
    public enum Outcome
    {
        Allowed,
        Login,
        Forbidden,
        NotFound,
        ServerError,
    }

    /// <summary>Real ids: the session the rapporteur is assigned to (the other rapporteur is not), their items, an officer's key recommendation.</summary>
    private sealed record Ids(
        int Session, string EventCode, int EventId, int AreaId, string TargetUserId,
        int Mine, int Moving, int Submitted, int Draft, int Key, int KeySource, int Build);

    private sealed record Row(string Method, string Pattern, Func<Ids, string> Url, Dictionary<Reader, Outcome> Expected, Func<Ids, string>? Event = null);

    private static readonly Reader[] Readers = Enum.GetValues<Reader>();

    private static Dictionary<Reader, Outcome> Everyone(Outcome outcome) => Readers.ToDictionary(r => r, _ => outcome);

    /// <summary>Anonymous visitors are sent to sign in; the readers named are allowed; every other role is refused.</summary>
    private static Dictionary<Reader, Outcome> Only(params Reader[] allowed) =>
        Readers.ToDictionary(r => r, r => r == Reader.Anonymous ? Outcome.Login : allowed.Contains(r) ? Outcome.Allowed : Outcome.Forbidden);

    private static Dictionary<Reader, Outcome> With(Dictionary<Reader, Outcome> expected, Reader reader, Outcome outcome) =>
        new(expected) { [reader] = outcome };

    private static readonly Dictionary<Reader, Outcome> Public = Everyone(Outcome.Allowed);
    private static readonly Dictionary<Reader, Outcome> SignedIn = Only(Reader.Rapporteur, Reader.RapporteurElsewhere, Reader.PolicyOfficer, Reader.Secretariat, Reader.Admin);
    private static readonly Dictionary<Reader, Outcome> AssignedRapporteur = Only(Reader.Rapporteur);
    private static readonly Dictionary<Reader, Outcome> AnyRapporteur = Only(Reader.Rapporteur, Reader.RapporteurElsewhere);
    private static readonly Dictionary<Reader, Outcome> ReadApi = Only(Reader.Rapporteur, Reader.RapporteurElsewhere, Reader.PolicyOfficer, Reader.Secretariat);
    private static readonly Dictionary<Reader, Outcome> Report = Only(Reader.PolicyOfficer, Reader.Secretariat);
    private static readonly Dictionary<Reader, Outcome> Review = Only(Reader.PolicyOfficer);
    private static readonly Dictionary<Reader, Outcome> Finalize = Only(Reader.Secretariat);
    private static readonly Dictionary<Reader, Outcome> Audit = Only(Reader.Admin, Reader.Secretariat);
    private static readonly Dictionary<Reader, Outcome> Administer = Only(Reader.Admin);
    private static readonly Dictionary<Reader, Outcome> ReportSettings = Only(Reader.Admin, Reader.Secretariat);

    private static Row Get(string pattern, Func<Ids, string> url, Dictionary<Reader, Outcome> expected) => new("GET", pattern, url, expected);

    private static Row Post(string pattern, Func<Ids, string> url, Dictionary<Reader, Outcome> expected, Func<Ids, string>? eventField = null) =>
        new("POST", pattern, url, expected, eventField);

    /// <summary>The table. POSTs carry a valid antiforgery token and no fields, so an allowed reader gets the form back or a refusal notice, never a change to shared data.</summary>
    private static readonly Row[] Table =
    [
        // Public pages.
        Get("/", _ => "/", Public),
        Get("/events/{code}", d => $"/events/{d.EventCode}", Public),
        Get("/sessions/{id:int}", d => $"/sessions/{d.Session}", Public),
        Get("/sessions/{id:int}/progress", d => $"/sessions/{d.Session}/progress", Public),
        Get("/events/{code}/progress", d => $"/events/{d.EventCode}/progress", Public),
        new("*", "/health", _ => "/health", Public),
        Get("/account/login", _ => "/account/login", Public),
        Post("/account/login", _ => "/account/login", Public),
        Get("/account/denied", _ => "/account/denied", Everyone(Outcome.Forbidden)),
        Post("/language", _ => "/language", Public),
        new("*", "/error", _ => "/error", Everyone(Outcome.ServerError)),
        new("*", "/error/{code:int}", _ => "/error/400", Public),
        new("*", "/{*path}", _ => "/no-such-page", Everyone(Outcome.NotFound)),

        // Capture: rapporteurs of the session only.
        Get("/sessions/{sessionId:int}/capture", d => $"/sessions/{d.Session}/capture", AssignedRapporteur),
        Post("/sessions/{sessionId:int}/capture", d => $"/sessions/{d.Session}/capture", AssignedRapporteur),
        Get("/sessions/{sessionId:int}/capture/similar", d => $"/sessions/{d.Session}/capture/similar?text=open+night+shelters+to+newcomers", AssignedRapporteur),
        Get("/sessions/{sessionId:int}/capture/{id:int}/edit", d => $"/sessions/{d.Session}/capture/{d.Mine}/edit", AssignedRapporteur),
        Post("/sessions/{sessionId:int}/capture/{id:int}/edit", d => $"/sessions/{d.Session}/capture/{d.Mine}/edit", AssignedRapporteur),
        Post("/sessions/{sessionId:int}/capture/{id:int}/withdraw", d => $"/sessions/{d.Session}/capture/{d.Moving}/withdraw", AssignedRapporteur),
        Post("/sessions/{sessionId:int}/capture/{id:int}/resubmit", d => $"/sessions/{d.Session}/capture/{d.Moving}/resubmit", AssignedRapporteur),
        Get("/sessions/{sessionId:int}/capture/template", d => $"/sessions/{d.Session}/capture/template", AssignedRapporteur),
        Get("/events/{code}/capture/template", d => $"/events/{d.EventCode}/capture/template", AnyRapporteur),
        Get("/events/{code}/capture/import", d => $"/events/{d.EventCode}/capture/import", AnyRapporteur),
        Post("/events/{code}/capture/import", d => $"/events/{d.EventCode}/capture/import", AnyRapporteur),

        // The officers' workspace; someone else's draft is not found, whoever asks.
        Get("/recommendations", _ => "/recommendations?status=Draft", Report),
        Get("/recommendations/{id:int}", d => $"/recommendations/{d.Submitted}", Report),
        Get("/recommendations/{id:int}", d => $"/recommendations/{d.Draft}", With(With(Report, Reader.PolicyOfficer, Outcome.NotFound), Reader.Secretariat, Outcome.NotFound)),
        Post("/recommendations/{id:int}", d => $"/recommendations/{d.Submitted}", Review),
        Post("/recommendations/{id:int}", d => $"/recommendations/{d.Draft}", With(Review, Reader.PolicyOfficer, Outcome.NotFound)),
        Post("/recommendations/bulk", _ => "/recommendations/bulk", Review),
        Get("/recommendations/similar", d => $"/recommendations/similar?id={d.Submitted}&id={d.Draft}", Report),
        Get("/recommendations/export.{format:regex(^(xlsx|csv|json)$)}", _ => "/recommendations/export.xlsx", Report),
        Get("/recommendations/export.{format:regex(^(xlsx|csv|json)$)}", _ => "/recommendations/export.csv", Report),
        Get("/recommendations/export.{format:regex(^(xlsx|csv|json)$)}", _ => "/recommendations/export.json?status=Draft", Report),
        Get("/search", _ => "/search?q=shelters", Report),
        Get("/api/recommendations", _ => "/api/recommendations", ReadApi),
        Get("/api/key-recommendations", _ => "/api/key-recommendations", ReadApi),
        Get("/openapi/{documentName}.json", _ => "/openapi/v1.json", ReadApi),

        // The synthesis.
        Get("/key-recommendations", _ => "/key-recommendations", Report),
        Get("/key-recommendations/new", d => $"/key-recommendations/new?select={d.Submitted}:0", Review),
        Post("/key-recommendations", _ => "/key-recommendations", Review),
        Get("/key-recommendations/{id:int}", d => $"/key-recommendations/{d.Key}", Report),
        Post("/key-recommendations/{id:int}", d => $"/key-recommendations/{d.Key}", Review),
        Post("/key-recommendations/{id:int}/sources", d => $"/key-recommendations/{d.Key}/sources", Review),
        Post("/key-recommendations/{id:int}/sources/{recommendationId:int}/remove", d => $"/key-recommendations/{d.Key}/sources/{d.KeySource}/remove", Review),
        Post("/key-recommendations/{id:int}/unmerge", d => $"/key-recommendations/{d.Key}/unmerge", Review),
        Post("/recommendations/{id:int}/translations", d => $"/recommendations/{d.Submitted}/translations", Review),
        Post("/recommendations/{id:int}/translations", d => $"/recommendations/{d.Draft}/translations", With(Review, Reader.PolicyOfficer, Outcome.NotFound)),
        Post("/key-recommendations/{id:int}/translations", d => $"/key-recommendations/{d.Key}/translations", Review),

        // Review mode, the merge basket and the duplicate suggestions: officers; the API also the secretariat.
        Get("/review", _ => "/review", Review),
        Get("/review/next", _ => "/review/next", Review),
        Get("/review/{id:int}", d => $"/review/{d.Submitted}", Review),
        Get("/review/{id:int}", d => $"/review/{d.Draft}", With(Review, Reader.PolicyOfficer, Outcome.NotFound)),
        Post("/review/{id:int}", d => $"/review/{d.Submitted}", Review),
        Post("/review/undo", _ => "/review/undo", Review),
        Post("/basket/add", _ => "/basket/add", Review),
        Post("/basket/remove", _ => "/basket/remove", Review),
        Post("/basket/clear", _ => "/basket/clear", Review),
        Get("/duplicates", _ => "/duplicates", Review),
        Post("/duplicates/dismiss", _ => "/duplicates/dismiss", Review),
        Get("/api/duplicate-suggestions", _ => "/api/duplicate-suggestions", Report),

        // The report.
        Get("/reports/outcome", _ => "/reports/outcome", Report),
        Get("/reports/outcome.pdf", _ => "/reports/outcome.pdf", Report),
        Post("/reports/finalize", _ => "/reports/finalize", Finalize, d => d.EventCode),
        Post("/reports/reopen", _ => "/reports/reopen", Finalize, d => d.EventCode),
        Get("/reports/outcome.docx", _ => "/reports/outcome.docx", Report),
        Post("/reports/builds", _ => "/reports/builds", Report),
        Get("/reports/builds/{id:int}", d => $"/reports/builds/{d.Build}", Report),
        Get("/reports/builds/{id:int}/file", d => $"/reports/builds/{d.Build}/file", Report),

        // Report settings: the secretariat and administrators; logos are added and removed by administrators only.
        Get("/events/{code}/report-settings", d => $"/events/{d.EventCode}/report-settings", ReportSettings),
        Post("/events/{code}/report-settings", d => $"/events/{d.EventCode}/report-settings", ReportSettings),
        Post("/events/{code}/report-settings/logos", d => $"/events/{d.EventCode}/report-settings/logos", Administer),
        Get("/events/{code}/report-settings/logos/{id:int}", d => $"/events/{d.EventCode}/report-settings/logos/999999",
            With(With(ReportSettings, Reader.Admin, Outcome.NotFound), Reader.Secretariat, Outcome.NotFound)),
        Post("/events/{code}/report-settings/logos/{id:int}/remove", d => $"/events/{d.EventCode}/report-settings/logos/999999/remove",
            With(Administer, Reader.Admin, Outcome.NotFound)),

        // A session's summary: its rapporteur or a policy officer.
        Post("/sessions/{id:int}/summary", d => $"/sessions/{d.Session}/summary", Only(Reader.Rapporteur, Reader.PolicyOfficer)),

        // Audit and administration.
        Get("/audit", _ => "/audit", Audit),
        Get("/admin", _ => "/admin", Administer),
        Get("/admin/events/{id:int}", d => $"/admin/events/{d.EventId}", Administer),
        Post("/admin/events/{id:int}", d => $"/admin/events/{d.EventId}", Administer),
        Get("/admin/events/new", _ => "/admin/events/new", Administer),
        Post("/admin/events/new", _ => "/admin/events/new", Administer),
        Post("/admin/events/{id:int}/delete", d => $"/admin/events/{d.EventId}/delete", Administer),
        Get("/admin/events/{id:int}/sessions/new", d => $"/admin/events/{d.EventId}/sessions/new", Administer),
        Post("/admin/events/{id:int}/sessions/new", d => $"/admin/events/{d.EventId}/sessions/new", Administer),
        Get("/admin/events/{id:int}/programme/template", d => $"/admin/events/{d.EventId}/programme/template", Administer),
        Get("/admin/events/{id:int}/programme/import", d => $"/admin/events/{d.EventId}/programme/import", Administer),
        Post("/admin/events/{id:int}/programme/import", d => $"/admin/events/{d.EventId}/programme/import", Administer),
        Post("/admin/sessions/{id:int}/delete", d => $"/admin/sessions/{d.Session}/delete", Administer),
        Get("/admin/assignments", _ => "/admin/assignments", Administer),
        Post("/admin/assignments", _ => "/admin/assignments", Administer),
        Get("/admin/sessions/{id:int}", d => $"/admin/sessions/{d.Session}", Administer),
        Post("/admin/sessions/{id:int}", d => $"/admin/sessions/{d.Session}", Administer),
        Get("/admin/areas/{id:int}", d => $"/admin/areas/{d.AreaId}", Administer),
        Post("/admin/areas/{id:int}", d => $"/admin/areas/{d.AreaId}", Administer),
        Get("/admin/users", _ => "/admin/users", Administer),
        Get("/admin/users/new", _ => "/admin/users/new", Administer),
        Post("/admin/users/new", _ => "/admin/users/new", Administer),
        Get("/admin/users/{id}", d => $"/admin/users/{d.TargetUserId}", Administer),
        Post("/admin/users/{id}", d => $"/admin/users/{d.TargetUserId}", Administer),
        Get("/admin/users/new/template.xlsx", _ => "/admin/users/new/template.xlsx", Administer),
        Post("/admin/users/new/links.xlsx", _ => "/admin/users/new/links.xlsx", Administer),
        Post("/admin/users/{id}/invitation", d => $"/admin/users/{d.TargetUserId}/invitation", Administer),
        Post("/admin/users/{id}/invitation/revoke", d => $"/admin/users/{d.TargetUserId}/invitation/revoke", Administer),
        Post("/admin/users/{id}/disable", d => $"/admin/users/{d.TargetUserId}/disable", Administer),
        Post("/admin/users/{id}/enable", d => $"/admin/users/{d.TargetUserId}/enable", Administer),

        // Invitation links (anyone holding one) and one's own profile.
        Get("/account/invitation", _ => "/account/invitation?token=not-a-token", Public),
        Post("/account/invitation", _ => "/account/invitation", Public),
        Get("/account/profile", _ => "/account/profile", SignedIn),
        Post("/account/profile", _ => "/account/profile", SignedIn),
        Post("/account/password", _ => "/account/password", SignedIn),

        // Last, because it ends each reader's session.
        Post("/account/logout", _ => "/account/logout", SignedIn),
    ];

    /// <summary>Every (method, route) the app maps; a route answering any method is "*".</summary>
    private HashSet<(string Method, string Pattern)> MappedEndpoints()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints.SelectMany(e =>
        {
            var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            return methods.Select(m => (m, pattern));
        }).ToHashSet();
    }

    [Fact]
    public void EveryMappedEndpoint_HasARow_AndEveryRowAnEndpoint()
    {
        var mapped = MappedEndpoints();
        var declared = Table.Select(r => (r.Method, r.Pattern)).ToHashSet();

        Assert.Empty(mapped.Except(declared).Select(e => $"{e.Method} {e.Pattern}").Order());
        Assert.Empty(declared.Except(mapped).Select(e => $"{e.Method} {e.Pattern}").Order());
    }

    [Fact]
    public async Task EveryEndpoint_AnswersEachReader_AsTheTableSays_AndSignedInAnswersAreNotStored()
    {
        var (clients, rapporteurId) = await ClientsAsync();
        var ids = await SeedAsync(rapporteurId);
        var tokens = new Dictionary<Reader, string>();
        foreach (var (reader, client) in clients)
        {
            tokens[reader] = await client.GetAntiforgeryTokenAsync(reader == Reader.Anonymous ? "/account/login" : "/");
        }

        var failures = new List<string>();
        var checks = 0;
        foreach (var row in Table)
        {
            var url = row.Url(ids);
            foreach (var reader in Readers)
            {
                using var response = row.Method == "POST"
                    ? await clients[reader].PostAsync(url, new FormUrlEncodedContent(Fields(row, ids, tokens[reader])))
                    : await clients[reader].GetAsync(url);
                var outcome = Classify(response);
                checks++;
                if (outcome != row.Expected[reader])
                {
                    failures.Add($"{row.Method} {url} as {reader}: {outcome} ({(int)response.StatusCode} {response.Headers.Location}), expected {row.Expected[reader]}");
                }

                if (reader != Reader.Anonymous && response.Headers.CacheControl?.NoStore != true)
                {
                    failures.Add($"{row.Method} {url} as {reader}: Cache-Control '{response.Headers.CacheControl}' lacks no-store");
                }
            }
        }

        output.WriteLine($"{MappedEndpoints().Count} endpoints, {Table.Length} rows × {Readers.Length} readers = {checks} checks");
        failures.ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    private static List<KeyValuePair<string, string>> Fields(Row row, Ids ids, string token)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        if (row.Event is not null)
        {
            fields.Add(new("event", row.Event(ids)));
        }

        return fields;
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } l ? (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) : null;
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Outcome.Login,
            HttpStatusCode.Redirect when location == "/account/login" => Outcome.Login,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.Redirect when location == "/account/denied" => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            >= HttpStatusCode.InternalServerError => Outcome.ServerError,
            _ => Outcome.Allowed,
        };
    }

    /// <summary>A signed-in client per reader; the rapporteur is assigned to the first session, the other rapporteur to the second.</summary>
    private async Task<(Dictionary<Reader, HttpClient> Clients, string RapporteurId)> ClientsAsync()
    {
        var sessions = await factory.SessionsByStartAsync();
        var clients = new Dictionary<Reader, HttpClient> { [Reader.Anonymous] = factory.CreateBrowserClient() };
        var rapporteurId = "";
        foreach (var reader in Readers.Where(r => r != Reader.Anonymous))
        {
            var role = reader == Reader.RapporteurElsewhere ? Roles.Rapporteur : reader.ToString();
            var (client, user) = await factory.SignedInAsync(role);
            clients[reader] = client;
            if (reader == Reader.Rapporteur)
            {
                rapporteurId = user.Id;
                await factory.AssignAsync(user.Id, sessions[0]);
            }
            else if (reader == Reader.RapporteurElsewhere)
            {
                await factory.AssignAsync(user.Id, sessions[1]);
            }
        }

        return (clients, rapporteurId);
    }

    /// <summary>The rapporteur's items, someone else's submitted item, and a key recommendation whose version no empty form matches.</summary>
    private async Task<Ids> SeedAsync(string rapporteurId)
    {
        var session = (await factory.SessionsByStartAsync())[0];
        var target = await factory.CreateUserAsync($"target-{Guid.NewGuid():N}@test.example", TestAccounts.Password, Roles.Rapporteur);
        var recs = await factory.AddAsync(
            new Rec("Mine: open night shelters to every newcomer") { CapturedById = rapporteurId },
            new Rec("Moving: withdrawn and submitted again") { CapturedById = rapporteurId },
            new Rec("Someone else's submitted note about night shelters") { CapturedByName = "Someone Else" },
            new Rec("Draft: kept by its author only") { Status = RecommendationStatus.Draft, CapturedById = rapporteurId },
            new Rec("Merged into the key recommendation") { Status = RecommendationStatus.Merged },
            new Rec("Also merged into it") { Status = RecommendationStatus.Merged });
        return await factory.WithDbAsync(async db =>
        {
            var ev = await db.Sessions.Where(s => s.Id == session).Select(s => s.Event).SingleAsync();
            var area = await db.GovernanceAreas.OrderBy(a => a.Order).FirstAsync();
            var key = new KeyRecommendation
            {
                EventId = ev.Id,
                GovernanceAreaId = area.Id,
                Wording = "A key recommendation for the matrix",
                Status = KeyRecommendationStatus.Final,
                CreatedByName = "Officer",
                Order = 1,
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Version = 5,
            };
            key.Sources.Add(new KeyRecommendationSource { RecommendationId = recs[4], AddedAt = DateTime.UtcNow });
            key.Sources.Add(new KeyRecommendationSource { RecommendationId = recs[5], AddedAt = DateTime.UtcNow });
            db.KeyRecommendations.Add(key);
            // A finished report file, so its status and download answer as for a real build.
            var build = new ReportBuild
            {
                Key = new string('0', 64),
                Query = "event=" + ev.Code,
                Language = "en",
                Format = "pdf",
                Status = ReportBuildStatus.Done,
                Progress = 100,
                RequestedByName = "Secretariat",
                QueuedAt = DateTime.UtcNow,
                FinishedAt = DateTime.UtcNow,
                FileName = "report.pdf",
                Size = 4,
                Parts = [new ReportBuildFile { Content = "%PDF"u8.ToArray() }],
            };
            db.ReportBuilds.Add(build);
            await db.SaveChangesAsync();
            return new Ids(session, ev.Code, ev.Id, area.Id, target.Id, recs[0], recs[1], recs[2], recs[3], key.Id, recs[4], build.Id);
        });
    }
}
