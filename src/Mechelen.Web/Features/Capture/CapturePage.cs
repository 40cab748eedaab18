using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Capture;

/// <summary>
/// The capture page: the session, the taxonomy to tick, and what has been captured in it, newest first, a
/// page at a time (the page is reloaded after every save, and a busy session holds thousands of items).
/// </summary>
public static class CapturePage
{
    public const int PageSize = 20;

    /// <param name="Captured">This page of the items the user sees: everything but others' drafts.</param>
    /// <param name="Submitted">The items of the session that count (all but drafts).</param>
    /// <param name="Visible">All the items the user sees, on every page.</param>
    public sealed record Model(SessionInfo Session, TaxonomyChoices Choices, IReadOnlyList<Item> Captured, int Submitted, int Visible, int Page)
    {
        public int Pages => Math.Max(1, (Visible + PageSize - 1) / PageSize);

        /// <summary>The number of this page's first item in the newest-first list of all of them, counting down to 1.</summary>
        public int FirstNumber => Visible - ((Page - 1) * PageSize);

        public RecommendationForm Form { get; init; } = new();

        /// <summary>Set when the page is shown again after a save, so the script can forget the stored draft.</summary>
        public Item? JustSaved { get; init; }

        /// <summary>True when the form carries a note kept across an expired sign-in.</summary>
        public bool Restored { get; init; }

        /// <summary>Posted with the form, so that a note sent after the sign-in expired is kept for its author (<see cref="Capture.ExpiredLoginToken"/>).</summary>
        public string ExpiredLoginToken { get; init; } = "";

        /// <summary>The language a new note starts in (see <see cref="Handler"/>).</summary>
        public RecommendationLanguage StartingLanguage { get; init; }

        /// <summary>The session's live counts, shown beside the form.</summary>
        public Sessions.ProgressView? Progress { get; init; }
    }

    /// <summary>The address of a page of the capture list; the first page has no query.</summary>
    public static string Link(int sessionId, int page) =>
        page > 1 ? $"/sessions/{sessionId}/capture?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : $"/sessions/{sessionId}/capture";

    public sealed record SessionInfo(int Id, int EventId, string Title, string EventCode, string EventName, string TimeZone)
    {
        /// <summary>The event's working languages (codes separated by commas); notes are offered in these and in Other.</summary>
        public string WorkingLanguages { get; init; } = Event.DefaultWorkingLanguages;

        /// <summary>The languages offered for a note: the working languages, Other, and the note's own if it is none of them (an older note keeps it).</summary>
        public LanguageField LanguageField(RecommendationLanguage current)
        {
            var choices = Admin.EventSettings.Languages(WorkingLanguages).Select(TemplateWords.LanguageOf).ToList();
            if (choices.Count == 0)
            {
                choices = [RecommendationLanguage.English, RecommendationLanguage.French, RecommendationLanguage.Spanish];
            }

            choices.Add(RecommendationLanguage.Other);
            if (!choices.Contains(current))
            {
                choices.Add(current);
            }

            return new LanguageField(current, Enum.GetValues<RecommendationLanguage>().Where(choices.Contains).ToList());
        }

        /// <summary>A new note's language: <paramref name="usual"/> when the event works in it, else the event's first working language.</summary>
        public RecommendationLanguage NewNoteLanguage(RecommendationLanguage usual)
        {
            var working = Admin.EventSettings.Languages(WorkingLanguages).Select(TemplateWords.LanguageOf).ToList();
            return working.Count == 0 || usual == RecommendationLanguage.Other || working.Contains(usual) ? usual : working[0];
        }
    }

    public sealed record LanguageField(RecommendationLanguage Selected, IReadOnlyList<RecommendationLanguage> Choices);

    public sealed record Item(
        int Id, string Text, string? Rationale, IReadOnlyList<string> Areas, GovernanceLevels Levels, ActorGroups Actors,
        RecommendationLanguage Language, RecommendationStatus Status, string CapturedByName, bool Mine, DateTime CreatedAt, Guid? Key);

    public sealed record Choice(int Value, string Name, string? Description);

    public sealed record TaxonomyChoices(IReadOnlyList<Choice> Areas, IReadOnlyList<Choice> Levels, IReadOnlyList<Choice> Actors)
    {
        public string LevelNames(GovernanceLevels mask) => string.Join(", ", Levels.Where(l => ((int)mask & l.Value) != 0).Select(l => l.Name));

        public string ActorNames(ActorGroups mask) => string.Join(", ", Actors.Where(a => ((int)mask & a.Value) != 0).Select(a => a.Name));
    }

    public sealed class Handler(MechelenDbContext db, CurrentUser user, TaxonomyReader taxonomies)
    {
        public async Task<Model?> HandleAsync(int sessionId, int page, CancellationToken cancellationToken)
        {
            var names = await taxonomies.NamesAsync(cancellationToken);
            var session = await SessionAsync(sessionId, names, cancellationToken);
            if (session is null)
            {
                return null;
            }

            var userId = user.Id;
            // Counted from the event's tallies (kept by triggers) rather than the session's rows, which run to thousands.
            // Withdrawn items go back to Draft: hidden from everyone but the rapporteur who wrote them.
            var tallies = await RecommendationTallies.OfSessionAsync(db, session.EventId, sessionId, userId, cancellationToken);
            var submitted = tallies.Where(t => t.Status != RecommendationStatus.Draft).Sum(t => t.Count);
            var total = tallies.Sum(t => t.Count);
            var current = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            // The areas come as the row's mask: joining the area table here made SQLite build the whole join before taking a page.
            var captured = await db.Recommendations.AsNoTracking()
                .Where(r => r.SessionId == sessionId && (r.Status != RecommendationStatus.Draft || r.CapturedById == userId))
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                .Skip((current - 1) * PageSize).Take(PageSize)
                .Select(r => new
                {
                    r.AreaMask,
                    Item = new Item(r.Id, r.Text, r.Rationale, Array.Empty<string>(),
                        r.Levels, r.Actors, r.Language, r.Status, r.CapturedByName, r.CapturedById == userId, r.CreatedAt, r.IdempotencyKey),
                })
                .ToListAsync(cancellationToken);
            return new Model(session, Choices(names), captured.Select(c => c.Item with { Areas = names.AreaNames(GovernanceArea.Ids(c.AreaMask)) }).ToList(), submitted, total, current)
            {
                StartingLanguage = LanguageToStartIn(tallies),
            };
        }

        /// <summary>
        /// The language a new note starts in: the one most of the session's notes are in (drafts aside; a tie goes to the first name in
        /// alphabetical order), else the reader's interface language (a French-speaking room is captured in French whatever the
        /// rapporteur's menus say).
        /// </summary>
        private static RecommendationLanguage LanguageToStartIn(IEnumerable<RecommendationTallies.Counted> sessionTallies)
        {
            var usual = sessionTallies.Where(t => t.Status != RecommendationStatus.Draft && t.Language is not null)
                .GroupBy(t => t.Language!.Value).Select(g => new { g.Key, Count = g.Sum(t => t.Count) })
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g => (RecommendationLanguage?)g.Key)
                .FirstOrDefault();
            return usual ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
            {
                "fr" => RecommendationLanguage.French,
                "es" => RecommendationLanguage.Spanish,
                _ => RecommendationLanguage.English,
            };
        }

        /// <summary>The areas and labels to tick, in the reader's language.</summary>
        public async Task<TaxonomyChoices> ChoicesAsync(CancellationToken cancellationToken) => Choices(await taxonomies.NamesAsync(cancellationToken));

        public async Task<SessionInfo?> SessionAsync(int sessionId, CancellationToken cancellationToken) =>
            await SessionAsync(sessionId, await taxonomies.NamesAsync(cancellationToken), cancellationToken);

        // Titles and names come from the taxonomy in the reader's language; the time zone is the event's own.
        private async Task<SessionInfo?> SessionAsync(int sessionId, TaxonomyNames names, CancellationToken cancellationToken)
        {
            var found = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
                .Select(s => new SessionInfo(s.Id, s.EventId, s.Title, s.Event.Code, s.Event.Name, s.Event.TimeZone) { WorkingLanguages = s.Event.WorkingLanguages })
                .FirstOrDefaultAsync(cancellationToken);
            return found is null ? null : found with
            {
                Title = names.FindSession(found.Id)?.Title ?? found.Title,
                EventName = names.FindEvent(found.EventId)?.Name ?? found.EventName,
            };
        }
    }

    /// <summary>The areas, levels and actors to tick, in the language of <paramref name="names"/>.</summary>
    public static TaxonomyChoices Choices(TaxonomyNames names) => new(
        names.Areas.Select(a => new Choice(a.Id, a.Name, a.Description)).ToList(),
        names.Levels.Select(l => new Choice(l.Value, l.Name, l.Description)).ToList(),
        names.Actors.Select(l => new Choice(l.Value, l.Name, l.Description)).ToList());
}
