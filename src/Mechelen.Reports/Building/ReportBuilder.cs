using System.Globalization;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Building;

/// <summary>Assembles the report from the rows read; no database and no web, so every rule here is plain code.</summary>
public static partial class ReportBuilder
{
    public static OutcomeReport Build(ReportData data, ReportScope scope, DateTime nowUtc, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(text);
        var ev = data.Event;
        var isFinal = ev.FinalizedAtUtc is not null;
        var areaNumbers = data.Areas.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var areasInScope = data.Areas.Where(a => InScope(a, scope)).ToList();
        var scopeIds = areasInScope.Select(a => a.Id).ToHashSet();
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var codes = SessionCodes(data.Sessions);
        var levels = data.Labels.Where(l => l.List == "level").ToList();
        var actors = data.Labels.Where(l => l.List == "actor").ToList();

        var translations = data.Translations.GroupBy(t => t.RecommendationId).ToDictionary(g => g.Key, g => g.First());
        var wordings = data.KeyWordings.GroupBy(w => w.KeyRecommendationId).ToDictionary(g => g.Key, g => g.First().Wording);
        var keys = NumberKeyRecommendations(data, isFinal, areaNumbers, levels, actors, sessions, translations, wordings)
            .Where(k => scopeIds.Contains(k.AreaId))
            .Where(k => data.SourceScope is null || k.Item.SourceIds.Any(data.SourceScope.Contains))
            .ToList();
        var merged = keys.SelectMany(k => k.Item.SourceIds).ToHashSet();

        var sections = areasInScope.Select(a => new AreaSection(
            areaNumbers[a.Id], a.Code, a.Name, a.Description,
            keys.Where(k => k.AreaId == a.Id).Select(k => k.Item).ToList(),
            data.Recommendations.Where(r => r.AreaIds.Contains(a.Id) && !merged.Contains(r.Id))
                .Select(r => Item(r, translations.GetValueOrDefault(r.Id), codes[r.SessionId], sessions[r.SessionId].Title, levels, actors, text))
                .ToList())).ToList();

        var figures = new Figures(
            data.Captured.Count,
            data.Recommendations.Count,
            data.Recommendations.Count(r => merged.Contains(r.Id)),
            keys.Count,
            data.Captured.Select(c => c.SessionId).Distinct().Count(),
            data.Captured.Select(c => c.CapturedBy).Distinct(StringComparer.Ordinal).Count(),
            data.Recommendations.Select(r => r.Language).Distinct().Order().Select(text.LanguageName).ToList());

        var perArea = areasInScope
            .Select(a => new AreaCount(areaNumbers[a.Id], a.Name, data.Recommendations.Count(r => r.AreaIds.Contains(a.Id))))
            .ToList();

        var sessionSummaries = data.Sessions.Where(s => scope.Sessions.Count == 0 || scope.Sessions.Contains(s.Id))
            .Select(s =>
            {
                var own = data.Recommendations.Where(r => r.SessionId == s.Id).ToList();
                var byArea = data.Areas.Select(a => new AreaCount(areaNumbers[a.Id], a.Name, own.Count(r => r.AreaIds.Contains(a.Id))))
                    .Where(a => a.Count > 0).ToList();
                return new SessionSummary(s.Id, codes[s.Id], s.Title, text.KindName(s.Kind), s.StartsAt, s.EndsAt, s.Moderator, s.Organiser,
                    own.Count, byArea, keys.Where(k => k.Sessions.Contains(s.Id)).Select(k => k.Item.Number).ToList(), Trimmed(s.Summary));
            })
            .ToList();

        var areaNames = data.Areas.ToDictionary(a => a.Id, a => (Number: areaNumbers[a.Id], a.Name));
        var annex = data.Recommendations.Select(r => new AnnexRow(
                r.Id,
                codes[r.SessionId],
                string.Join("; ", r.AreaIds.Select(id => areaNames[id]).OrderBy(a => a.Number).Select(a => a.Name)),
                r.Text)
        {
            Translation = translations.GetValueOrDefault(r.Id)?.Text,
            LanguageNote = text.LanguageNote(r.Language, translated: false),
        })
            .ToList();

        var generatedLocal = ToLocal(nowUtc, ev.TimeZone);
        return new OutcomeReport(
            text,
            new EventInfo(ev.Id, ev.Code, ev.Name, ev.City, ev.Country, ev.StartDate, ev.EndDate, ev.TimeZone,
                Split(ev.Hosts), Split(ev.Partners), ev.Purpose),
            new DocumentInfo(Trimmed(ev.Symbol), ev.DateOfIssue, Trimmed(ev.Disclaimer), Trimmed(ev.Foreword),
                ev.Logos.Select(l => new ReportLogo(l.Name, l.Image)).ToList()),
            isFinal,
            ev.FinalizedAtUtc is { } at ? ToLocal(at, ev.TimeZone) : null,
            ev.FinalizedBy,
            nowUtc,
            generatedLocal,
            DescribeScope(scope, data, levels, actors, text),
            figures,
            perArea,
            keys.Where(k => !k.Item.IsDraft).Select(k => k.Item).ToList(),
            sections,
            BuildMatrix(data.Recommendations, levels, actors),
            sessionSummaries,
            data.Sessions.Select(s => new ProgrammeItem(s.Id, codes[s.Id], s.Title, text.KindName(s.Kind), s.StartsAt, s.EndsAt, s.Room)).ToList(),
            BuildMethodology(data, keys.Select(k => k.Item).ToList(), scopeIds),
            annex,
            data.Areas.Select(a => new FilterOption(a.Code, $"{areaNumbers[a.Id]}. {a.Name}", scope.Areas.Contains(a.Code))).ToList(),
            data.Clusters.Select(c => new FilterOption(c.Number.ToString(CultureInfo.InvariantCulture), $"{c.Number}. {c.ShortTitle}",
                scope.Clusters.Contains(c.Number))).ToList());
    }

    /// <summary>S1, S2 … in programme order: short codes that stand for the sessions in the annex table.</summary>
    public static Dictionary<int, string> SessionCodes(IReadOnlyList<SessionRow> sessions) =>
        sessions.Select((s, i) => (s.Id, Code: "S" + (i + 1).ToString(CultureInfo.InvariantCulture))).ToDictionary(x => x.Id, x => x.Code);

    /// <summary>A contribution in the report's language where it has a translation (text and rationale together), otherwise as written.</summary>
    private static RecommendationItem Item(
        RecommendationRow r, TranslationRow? translation, string sessionCode, string sessionTitle, List<LabelRow> levels, List<LabelRow> actors, ReportText text) =>
        new(r.Id, translation?.Text ?? r.Text, Trimmed(translation is null ? r.Rationale : translation.Rationale ?? r.Rationale), sessionCode, sessionTitle,
            Names(levels, r.Levels), Names(actors, r.Actors), r.Language)
        {
            LanguageNote = text.LanguageNote(r.Language, translated: translation is not null),
            IsTranslated = translation is not null,
        };

    private sealed record NumberedKey(int AreaId, KeyRecommendationItem Item, HashSet<int> Sessions);

    /// <summary>
    /// Numbers are fixed by the whole event, not the scope: 3.2 is the same key recommendation in the full
    /// report and in a report on area 3 alone. Draft ones are numbered only in a draft report.
    /// </summary>
    private static IEnumerable<NumberedKey> NumberKeyRecommendations(
        ReportData data, bool isFinal, Dictionary<int, int> areaNumbers, List<LabelRow> levels, List<LabelRow> actors,
        Dictionary<int, SessionRow> sessions, Dictionary<int, TranslationRow> translations, Dictionary<int, string> wordings)
    {
        var visible = data.KeyRecommendations.Where(k => !isFinal || !k.IsDraft);
        var areas = data.Areas.ToDictionary(a => a.Id);
        foreach (var group in visible.GroupBy(k => k.AreaId).OrderBy(g => areaNumbers[g.Key]))
        {
            var n = 0;
            foreach (var k in group)
            {
                n++;
                var levelMask = k.Sources.Aggregate(0, (m, s) => m | s.Levels);
                var actorMask = k.Sources.Aggregate(0, (m, s) => m | s.Actors);
                var sessionIds = k.Sources.Select(s => s.SessionId).ToHashSet();
                var item = new KeyRecommendationItem(
                    k.Id, $"{areaNumbers[k.AreaId]}.{n}", areaNumbers[k.AreaId], areas[k.AreaId].Name, wordings.GetValueOrDefault(k.Id) ?? k.Wording, k.IsDraft,
                    Names(levels, levelMask), Names(actors, actorMask),
                    k.Sources.Select(s => s.Id).ToList(),
                    data.Sessions.Where(s => sessionIds.Contains(s.Id)).Select(s => sessions[s.Id].Title).ToList(),
                    k.Sources.Select(s => new SourceRationale(s.Id, Trimmed(translations.GetValueOrDefault(s.Id)?.Rationale) ?? Trimmed(s.Rationale) ?? ""))
                        .Where(r => r.Text.Length > 0).ToList());
                yield return new NumberedKey(k.AreaId, item, sessionIds);
            }
        }
    }

    private static bool InScope(AreaRow area, ReportScope scope) =>
        (scope.Areas.Count == 0 || scope.Areas.Contains(area.Code))
        && (scope.Clusters.Count == 0 || area.Clusters.Any(scope.Clusters.Contains));

    internal static List<string> Names(List<LabelRow> labels, int mask) =>
        labels.Where(l => (mask & l.Value) != 0).Select(l => l.Name).ToList();

    private static List<string> Split(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static DateTime ToLocal(DateTime utc, string timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc),
            TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);
}
