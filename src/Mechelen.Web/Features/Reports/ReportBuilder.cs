using System.Globalization;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

/// <summary>Assembles the report model from the rows read; no database, so every rule here is plain code.</summary>
internal static partial class ReportBuilder
{
    public static Model Build(ReportData data, RecommendationFilter filter, DateTime nowUtc)
    {
        var ev = data.Event;
        var isFinal = ev.FinalizedAt is not null;
        var areaNumbers = data.Areas.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(x => x.Id, x => x.Number);
        var areasInScope = data.Areas.Where(a => InScope(a, filter)).ToList();
        var scopeIds = areasInScope.Select(a => a.Id).ToHashSet();
        var sessions = data.Sessions.ToDictionary(s => s.Id);
        var levels = data.Labels.Where(l => l.List == "level").ToList();
        var actors = data.Labels.Where(l => l.List == "actor").ToList();

        var keys = NumberKeyRecommendations(data, isFinal, areaNumbers, levels, actors, sessions)
            .Where(k => scopeIds.Contains(k.AreaId))
            .Where(k => data.SourceScope is null || k.Item.SourceIds.Any(data.SourceScope.Contains))
            .ToList();
        var merged = keys.SelectMany(k => k.Item.SourceIds).ToHashSet();

        var sections = areasInScope.Select(a => new AreaSection(
            areaNumbers[a.Id], a.Code, a.Name, a.Description,
            keys.Where(k => k.AreaId == a.Id).Select(k => k.Item).ToList(),
            data.Recommendations.Where(r => r.AreaIds.Contains(a.Id) && !merged.Contains(r.Id))
                .Select(r => new RecommendationItem(r.Id, r.Text, sessions[r.SessionId].Title,
                    Names(levels, (int)r.Levels), Names(actors, (int)r.Actors), r.Language))
                .ToList())).ToList();

        var figures = new Figures(
            data.Captured.Count,
            data.Recommendations.Count,
            data.Recommendations.Count(r => merged.Contains(r.Id)),
            keys.Count,
            data.Captured.Select(c => c.SessionId).Distinct().Count(),
            data.Captured.Select(c => c.CapturedBy).Distinct(StringComparer.Ordinal).Count(),
            data.Recommendations.Select(r => r.Language).Distinct().Order().Select(LanguageName).ToList());

        var perArea = areasInScope
            .Select(a => new AreaCount(areaNumbers[a.Id], a.Name, data.Recommendations.Count(r => r.AreaIds.Contains(a.Id))))
            .ToList();

        var sessionSummaries = data.Sessions.Where(s => filter.Session.Count == 0 || filter.Session.Contains(s.Id))
            .Select(s => new SessionSummary(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser,
                data.Recommendations.Count(r => r.SessionId == s.Id),
                keys.Where(k => k.Sessions.Contains(s.Id)).Select(k => k.Item.Number).ToList()))
            .ToList();

        var areaNames = data.Areas.ToDictionary(a => a.Id, a => (areaNumbers[a.Id], a.Name));
        var annex = data.Recommendations.Select(r => new AnnexRow(
                r.Id,
                sessions[r.SessionId].Title,
                string.Join("; ", r.AreaIds.Select(id => areaNames[id]).OrderBy(a => a.Item1).Select(a => a.Name)),
                r.Text))
            .ToList();

        return new Model(
            new EventInfo(ev.Id, ev.Code, ev.Name, ev.City, ev.Country, ev.StartDate, ev.EndDate, ev.TimeZone,
                Split(ev.Hosts), Split(ev.Partners), ev.Purpose),
            isFinal,
            ev.FinalizedAt is { } at ? EventTime.ToLocal(at, ev.TimeZone) : null,
            ev.FinalizedBy,
            nowUtc,
            EventTime.ToLocal(nowUtc, ev.TimeZone),
            DescribeFilter(filter, data, levels, actors),
            figures,
            perArea,
            keys.Where(k => !k.Item.IsDraft).Select(k => k.Item).ToList(),
            sections,
            BuildMatrix(data.Recommendations, levels, actors),
            sessionSummaries,
            data.Sessions.Select(s => new ProgrammeItem(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Room)).ToList(),
            BuildMethodology(data, keys.Select(k => k.Item).ToList(), scopeIds),
            annex,
            data.Areas.Select(a => new Option(a.Code, $"{areaNumbers[a.Id]}. {a.Name}", filter.Area.Contains(a.Code))).ToList(),
            data.Clusters.Select(c => new Option(c.Number.ToString(CultureInfo.InvariantCulture), $"{c.Number}. {c.ShortTitle}",
                filter.Cluster.Contains(c.Number))).ToList());
    }

    private sealed record NumberedKey(int AreaId, KeyRecommendationItem Item, HashSet<int> Sessions);

    /// <summary>
    /// Numbers are fixed by the whole event, not the filter: 3.2 is the same key recommendation in the full
    /// report and in a report on area 3 alone. Draft ones are numbered only in a draft report.
    /// </summary>
    private static IEnumerable<NumberedKey> NumberKeyRecommendations(
        ReportData data, bool isFinal, Dictionary<int, int> areaNumbers, List<LabelRow> levels, List<LabelRow> actors,
        Dictionary<int, SessionRow> sessions)
    {
        var visible = data.KeyRecommendations.Where(k => !isFinal || k.Status == KeyRecommendationStatus.Final);
        var areas = data.Areas.ToDictionary(a => a.Id);
        foreach (var group in visible.GroupBy(k => k.AreaId).OrderBy(g => areaNumbers[g.Key]))
        {
            var n = 0;
            foreach (var k in group)
            {
                n++;
                var levelMask = k.Sources.Aggregate(0, (m, s) => m | (int)s.Levels);
                var actorMask = k.Sources.Aggregate(0, (m, s) => m | (int)s.Actors);
                var sessionIds = k.Sources.Select(s => s.SessionId).ToHashSet();
                var item = new KeyRecommendationItem(
                    k.Id, $"{areaNumbers[k.AreaId]}.{n}", areaNumbers[k.AreaId], areas[k.AreaId].Name, k.Wording,
                    k.Status == KeyRecommendationStatus.Draft,
                    Names(levels, levelMask), Names(actors, actorMask),
                    k.Sources.Select(s => s.Id).ToList(),
                    data.Sessions.Where(s => sessionIds.Contains(s.Id)).Select(s => sessions[s.Id].Title).ToList());
                yield return new NumberedKey(k.AreaId, item, sessionIds);
            }
        }
    }

    private static bool InScope(AreaRow area, RecommendationFilter filter) =>
        (filter.Area.Count == 0 || filter.Area.Contains(area.Code))
        && (filter.Cluster.Count == 0 || area.Clusters.Any(filter.Cluster.Contains));

    internal static List<string> Names(List<LabelRow> labels, int mask) =>
        labels.Where(l => (mask & l.Value) != 0).Select(l => l.Name).ToList();

    private static List<string> Split(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    public static string LanguageName(RecommendationLanguage language) => language switch
    {
        RecommendationLanguage.English => "English",
        RecommendationLanguage.French => "French",
        RecommendationLanguage.Spanish => "Spanish",
        _ => "Other languages",
    };
}
