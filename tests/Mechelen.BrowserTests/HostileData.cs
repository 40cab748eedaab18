using Mechelen.Web.Auditing;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Features.Synthesis;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.BrowserTests;

/// <summary>
/// The widest and most unruly texts people can type, put everywhere the app shows text: recommendations, their
/// history, key recommendations, the programme, the taxonomy and people's names. No noncharacters: those are the
/// text policy's business, tested on their own.
/// </summary>
public static class HostileData
{
    public const string Rlo = "\u202E";

    /// <summary>Text and rationale pairs; each text starts with the same words so the capture page's similar hints find them.</summary>
    public static readonly (string Name, string Text)[] Texts =
    [
        ("word", "Welcome desks for newcomers " + new string('w', 3970)),
        ("combining", "Welcome desks for newcomers a" + new string('\u0301', 3970)),
        ("override", "Welcome desks for newcomers " + Rlo + "this note is reversed by a right-to-left override and must not reverse the page around it"),
        ("cjk", "Welcome desks for newcomers " + string.Concat(Enumerable.Repeat("城市与移民全球会议的建议", 320))),
        ("arabic", "Welcome desks for newcomers " + string.Concat(Enumerable.Repeat("توصيةالمدينةوالهجرة", 150)) + " " + string.Concat(Enumerable.Repeat("توصية المدينة والهجرة ", 40))),
        // Search reads the first 500 UTF-16 units of a text; the prefix keeps that cut between two surrogates of a pair
        // (a cut through a pair is the text policy's case, tested with it).
        ("emoji", "Welcome desks for newcomers: " + string.Concat(Enumerable.Repeat("👩🏽‍🌾🏳️‍🌈🇧🇪😀", 180))),
    ];

    /// <summary>The first <paramref name="length"/> UTF-16 units, or one fewer where the cut would split a surrogate pair.</summary>
    public static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    public static string LongName(string start, int length) => start + new string('n', length - start.Length);

    public sealed record Scenario(int EventId, string EventCode, int SessionId, int[] Recommendations, int[] KeyRecommendations, int HostileAreaId);

    /// <summary>Makes the event, a session, an area and the given accounts hostile, and adds recommendations with a history.</summary>
    public static Task<Scenario> AddAsync(MechelenAppFactory app, int sessionId, ApplicationUser rapporteur, params ApplicationUser[] people) =>
        app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Include(s => s.Event).SingleAsync(s => s.Id == sessionId);
            var ev = session.Event;
            ev.Name = LongName(Rlo + "Conference ", 300);
            ev.Hosts = new string('h', 1000);
            ev.Partners = Cut(Texts[3].Text, 1000);
            ev.Purpose = Cut(Texts[4].Text, 1000);
            ev.Description = Texts[0].Text;
            session.Title = LongName(Rlo + "Session ", 400);
            session.Moderator = new string('m', 300);
            session.Room = new string('r', 120);
            session.Focus = Texts[5].Text;
            var housing = await db.GovernanceAreas.SingleAsync(a => a.Code == "housing");
            housing.Name = LongName(Rlo + "Housing ", 200);
            housing.Description = new string('d', 2000);
            var services = await db.GovernanceAreas.SingleAsync(a => a.Code == "services");

            var ids = await db.Users.Where(u => people.Select(p => p.Id).Contains(u.Id) || u.Id == rapporteur.Id).ToListAsync();
            foreach (var user in ids)
            {
                user.DisplayName = LongName(Rlo + "Name ", 200);
                user.Organisation = new string('o', 200);
            }

            var name = LongName(Rlo + "Name ", 200);
            var now = DateTime.UtcNow;
            var statuses = new[] { RecommendationStatus.Submitted, RecommendationStatus.Validated, RecommendationStatus.Rejected, RecommendationStatus.Merged };
            var recs = Texts.Select((t, i) =>
            {
                var r = new Recommendation
                {
                    EventId = ev.Id,
                    SessionId = sessionId,
                    Text = t.Text,
                    Rationale = Texts[(i + 1) % Texts.Length].Text,
                    Levels = GovernanceLevels.Local | GovernanceLevels.Global,
                    Actors = ActorGroups.CivilSociety | ActorGroups.AllActors,
                    Status = statuses[i % statuses.Length],
                    StatusBeforeMerge = statuses[i % statuses.Length] == RecommendationStatus.Merged ? RecommendationStatus.Validated : null,
                    RejectionReason = statuses[i % statuses.Length] == RecommendationStatus.Rejected ? Rlo + new string('x', 999) : null,
                    Language = RecommendationLanguage.Other,
                    CapturedById = rapporteur.Id,
                    CapturedByName = name,
                    CreatedAt = now.AddSeconds(i),
                    UpdatedAt = now.AddSeconds(i),
                };
                r.Areas.AddRange([housing, services]);
                return r;
            }).ToList();
            db.Recommendations.AddRange(recs);
            await db.SaveChangesAsync();

            var merged = recs.Where(r => r.Status == RecommendationStatus.Merged).ToList();
            var keys = new[] { Texts[0].Text, Texts[2].Text }.Select((wording, i) => new KeyRecommendation
            {
                EventId = ev.Id,
                GovernanceAreaId = housing.Id,
                Order = i + 1,
                Status = i == 0 ? KeyRecommendationStatus.Final : KeyRecommendationStatus.Draft,
                Wording = wording,
                CreatedByName = name,
                CreatedAt = now,
                UpdatedAt = now,
            }).ToList();
            keys[0].Sources.AddRange(merged.Select(r => new KeyRecommendationSource { Recommendation = r, AddedAt = now }));
            db.KeyRecommendations.AddRange(keys);
            await db.SaveChangesAsync();

            // A history for each: captured, edited (every hostile text in turn), reviewed; key recommendations created and edited.
            foreach (var (r, i) in recs.Select((r, i) => (r, i)))
            {
                var created = RecommendationSnapshot.Of(r) with { Text = Texts[(i + 2) % Texts.Length].Text, Status = RecommendationStatus.Submitted };
                Add(db, name, "create", nameof(Recommendation), r.Id, now, null, created);
                Add(db, name, "update", nameof(Recommendation), r.Id, now.AddMinutes(1), created, RecommendationSnapshot.Of(r) with { Status = RecommendationStatus.Submitted });
                var reviewed = ReviewRules.Snap(r);
                Add(db, name, "Reject", nameof(Recommendation), r.Id, now.AddMinutes(2), reviewed with { Areas = ["services"], Status = RecommendationStatus.Submitted, RejectionReason = null }, reviewed with { RejectionReason = r.RejectionReason ?? Cut(Texts[i].Text, 1000) });
            }

            foreach (var k in keys)
            {
                var snap = MergeRules.Snap(k, housing.Code);
                Add(db, name, "Create", nameof(KeyRecommendation), k.Id, now, null, snap with { Wording = Texts[1].Text });
                Add(db, name, "Edit", nameof(KeyRecommendation), k.Id, now.AddMinutes(1), snap with { Wording = Texts[1].Text }, snap);
            }

            Add(db, name, "user-update", "User", rapporteur.Id, now, new { DisplayName = "Rapporteur", Organisation = (string?)null }, new { DisplayName = name, Organisation = new string('o', 200) });
            Add(db, name, "session-update", nameof(Session), sessionId, now, new { Title = "Old title", Focus = (string?)null }, new { session.Title, session.Focus });
            await db.SaveChangesAsync();
            return new Scenario(ev.Id, ev.Code, sessionId, recs.Select(r => r.Id).ToArray(), keys.Select(k => k.Id).ToArray(), housing.Id);
        });

    private static void Add(Mechelen.Web.Data.MechelenDbContext db, string userName, string action, string entityType, object id, DateTime at, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            UserName = userName,
            Action = action,
            EntityType = entityType,
            EntityId = Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!,
            Before = before is null ? null : AuditLog.ToJson(before),
            After = after is null ? null : AuditLog.ToJson(after),
        });
}
