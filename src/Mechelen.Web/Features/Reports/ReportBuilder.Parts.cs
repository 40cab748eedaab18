using System.Globalization;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using static Mechelen.Web.Features.Reports.OutcomeReport;

namespace Mechelen.Web.Features.Reports;

internal static partial class ReportBuilder
{
    /// <summary>One line per facet in use, in words a reader of the cover understands.</summary>
    private static List<string> DescribeFilter(RecommendationFilter filter, ReportData data, List<LabelRow> levels, List<LabelRow> actors)
    {
        var lines = new List<string>();
        if (filter.Area.Count > 0)
        {
            lines.Add("Governance areas: " + string.Join("; ", data.Areas.Where(a => filter.Area.Contains(a.Code)).Select(a => a.Name)));
        }

        if (filter.Cluster.Count > 0)
        {
            lines.Add("GCM thematic clusters: " + string.Join("; ",
                data.Clusters.Where(c => filter.Cluster.Contains(c.Number)).Select(c => $"{c.Number}. {c.ShortTitle}")));
        }

        if (filter.Session.Count > 0)
        {
            lines.Add("Sessions: " + string.Join("; ", data.Sessions.Where(s => filter.Session.Contains(s.Id)).Select(s => s.Title)));
        }

        if (filter.Level.Count > 0)
        {
            lines.Add("Levels of governance: " + string.Join("; ", Names(levels, filter.Level.Aggregate(0, (m, l) => m | (int)l))));
        }

        if (filter.Actor.Count > 0)
        {
            lines.Add("Actors addressed: " + string.Join("; ", Names(actors, filter.Actor.Aggregate(0, (m, a) => m | (int)a))));
        }

        if (filter.Language.Count > 0)
        {
            lines.Add("Languages: " + string.Join("; ", filter.Language.Distinct().Order().Select(LanguageName)));
        }

        if (filter.HasText)
        {
            lines.Add($"Text containing: \u201c{filter.Q!.Trim()}\u201d");
        }

        return lines;
    }

    private static Matrix BuildMatrix(List<RecommendationRow> recommendations, List<LabelRow> levels, List<LabelRow> actors)
    {
        var rows = actors.Select(actor =>
        {
            var addressed = recommendations.Where(r => ((int)r.Actors & actor.Value) != 0).ToList();
            var counts = levels.Select(level => addressed.Count(r => ((int)r.Levels & level.Value) != 0)).ToList();
            return new MatrixRow(actor.Name, counts, addressed.Count);
        }).ToList();
        var totals = levels.Select(level => recommendations.Count(r => ((int)r.Levels & level.Value) != 0)).ToList();
        return new Matrix(levels.Select(l => l.Name).ToList(), rows, totals);
    }

    private static Methodology BuildMethodology(ReportData data, List<KeyRecommendationItem> shownKeys, HashSet<int> areaScope)
    {
        var captured = data.Captured;
        var zone = data.Event.TimeZone;
        var recommendations = data.Recommendations;
        var draftKeys = data.KeyRecommendations.Count(k => k.Status == KeyRecommendationStatus.Draft && areaScope.Contains(k.AreaId));
        return new Methodology(
            captured.Count,
            captured.Count(c => c.Status == RecommendationStatus.Submitted),
            captured.Count(c => c.Status == RecommendationStatus.Validated),
            captured.Count(c => c.Status == RecommendationStatus.Merged),
            captured.Count(c => c.Status == RecommendationStatus.Rejected),
            captured.Select(c => c.CapturedBy).Distinct(StringComparer.Ordinal).Count(),
            captured.Select(c => c.SessionId).Distinct().Count(),
            captured.Count == 0 ? null : EventTime.ToLocal(captured.Min(c => c.CreatedAt), zone),
            captured.Count == 0 ? null : EventTime.ToLocal(captured.Max(c => c.CreatedAt), zone),
            captured.GroupBy(c => c.Language).OrderBy(g => g.Key).Select(g => new LanguageCount(g.Key, g.Count())).ToList(),
            data.Areas.Count,
            recommendations.Count == 0 ? 0 : recommendations.Average(r => r.AreaIds.Count),
            recommendations.Count(r => r.AreaIds.Count > 1),
            shownKeys.Count(k => !k.IsDraft),
            draftKeys,
            shownKeys.Where(k => !k.IsDraft).SelectMany(k => k.SourceIds).Distinct().Count());
    }

    /// <summary>The methodology annex as sentences; every number comes from the data.</summary>
    public static IReadOnlyList<(string Title, string Text)> Describe(Methodology m, string city, bool isFinal)
    {
        var culture = CultureInfo.InvariantCulture;
        var lines = new List<(string Title, string Text)>();
        if (m.Captured == 0)
        {
            lines.Add(("Capture", "No contribution has been captured yet within the scope of this report."));
            return lines;
        }

        var period = m.FirstCaptureLocal is { } first && m.LastCaptureLocal is { } last
            ? $" between {first.ToString("d MMMM yyyy HH:mm", culture)} and {last.ToString("d MMMM yyyy HH:mm", culture)} ({city} time)"
            : "";
        var languages = string.Join(", ", m.Languages.Select(l => $"{LanguageName(l.Language)} {l.Count}"));
        lines.Add(("Capture", $"{Plural(m.Rapporteurs, "rapporteur")} captured {Plural(m.Captured, "contribution")} in " +
            $"{Plural(m.SessionsWithContributions, "session")}{period}, typing each one as it was made in the discussion " +
            $"(by language: {languages}). Speakers are not named: contributions are recorded under Chatham House practice."));
        lines.Add(("Coding", $"Each contribution was tagged with at least one of the {m.AreaCount} governance areas of the taxonomy, " +
            $"with the levels of governance and the actors it addresses. Validated contributions carry " +
            $"{m.AverageAreasPerRecommendation.ToString("0.0", culture)} areas on average; {Plural(m.MultiAreaRecommendations, "contribution")} " +
            "carry more than one and are listed under each of their areas."));
        lines.Add(("Review", $"Policy officers reviewed the contributions: {m.Validated + m.Merged} were validated, {m.Rejected} rejected " +
            $"and {m.Submitted} still await review. Rejected and unreviewed contributions are not part of this report."));
        var keys = m.FinalKeyRecommendations == 1 ? "1 final key recommendation" : $"{m.FinalKeyRecommendations} final key recommendations";
        var draft = m.DraftKeyRecommendations switch
        {
            0 => "",
            1 => isFinal ? " One draft key recommendation is left out." : " One key recommendation is still a draft and is marked so.",
            _ => isFinal
                ? $" {m.DraftKeyRecommendations} draft key recommendations are left out."
                : $" {m.DraftKeyRecommendations} key recommendations are still drafts and are marked so.",
        };
        lines.Add(("Synthesis", $"Near-duplicate contributions were merged into {keys}, citing {Plural(m.MergedSources, "source contribution")}; " +
            $"merging never deletes a contribution, so every key recommendation lists the ids of its sources.{draft}"));
        return lines;
    }

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
