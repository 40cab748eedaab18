using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Building;

public static partial class ReportBuilder
{
    /// <summary>Why a scope cannot be reported on (unknown areas, clusters or sessions), or null.</summary>
    public static string? Validate(ReportScope scope, ReportData data, ReportText text)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(text);
        var unknownAreas = scope.Areas.Except(data.Areas.Select(a => a.Code), StringComparer.Ordinal).ToList();
        if (unknownAreas.Count > 0)
        {
            return text.UnknownAreas(string.Join(", ", unknownAreas.Select(a => $"'{a}'")), string.Join(", ", data.Areas.Select(a => a.Code)));
        }

        var unknownClusters = scope.Clusters.Except(data.Clusters.Select(c => c.Number)).ToList();
        if (unknownClusters.Count > 0)
        {
            return data.Clusters.Count == 0
                ? text.UnknownClusters(string.Join(", ", unknownClusters), "–", "–")
                : text.UnknownClusters(string.Join(", ", unknownClusters), data.Clusters.Min(c => c.Number), data.Clusters.Max(c => c.Number));
        }

        var unknownSessions = scope.Sessions.Except(data.Sessions.Select(s => s.Id)).ToList();
        return unknownSessions.Count > 0 ? text.UnknownSessions(string.Join(", ", unknownSessions), data.Event.Code) : null;
    }

    /// <summary>One line per facet in use, in words a reader of the cover understands.</summary>
    private static List<string> DescribeScope(ReportScope scope, ReportData data, List<LabelRow> levels, List<LabelRow> actors, ReportText text)
    {
        var lines = new List<string>();
        if (scope.Areas.Count > 0)
        {
            lines.Add(text.ScopeAreas(string.Join("; ", data.Areas.Where(a => scope.Areas.Contains(a.Code)).Select(a => a.Name))));
        }

        if (scope.Clusters.Count > 0)
        {
            lines.Add(text.ScopeClusters(string.Join("; ", data.Clusters.Where(c => scope.Clusters.Contains(c.Number)).Select(c => $"{c.Number}. {c.ShortTitle}"))));
        }

        if (scope.Sessions.Count > 0)
        {
            lines.Add(text.ScopeSessions(string.Join("; ", data.Sessions.Where(s => scope.Sessions.Contains(s.Id)).Select(s => s.Title))));
        }

        if (scope.Levels.Count > 0)
        {
            lines.Add(text.ScopeLevels(string.Join("; ", Names(levels, scope.Levels.Aggregate(0, (m, l) => m | l)))));
        }

        if (scope.Actors.Count > 0)
        {
            lines.Add(text.ScopeActors(string.Join("; ", Names(actors, scope.Actors.Aggregate(0, (m, a) => m | a)))));
        }

        if (scope.Languages.Count > 0)
        {
            lines.Add(text.ScopeLanguages(string.Join("; ", scope.Languages.Distinct().Order().Select(text.LanguageName))));
        }

        if (scope.HasText)
        {
            lines.Add(text.ScopeText(scope.Text!.Trim()));
        }

        return lines;
    }

    private static Matrix BuildMatrix(IReadOnlyList<RecommendationRow> recommendations, List<LabelRow> levels, List<LabelRow> actors)
    {
        var rows = actors.Select(actor =>
        {
            var addressed = recommendations.Where(r => (r.Actors & actor.Value) != 0).ToList();
            var counts = levels.Select(level => addressed.Count(r => (r.Levels & level.Value) != 0)).ToList();
            return new MatrixRow(actor.Name, counts, addressed.Count);
        }).ToList();
        var totals = levels.Select(level => recommendations.Count(r => (r.Levels & level.Value) != 0)).ToList();
        return new Matrix(levels.Select(l => l.Name).ToList(), rows, totals, recommendations.Count);
    }

    private static Methodology BuildMethodology(ReportData data, List<KeyRecommendationItem> shownKeys, HashSet<int> areaScope)
    {
        var captured = data.Captured;
        var zone = data.Event.TimeZone;
        var recommendations = data.Recommendations;
        var draftKeys = data.KeyRecommendations.Count(k => k.IsDraft && areaScope.Contains(k.AreaId));
        return new Methodology(
            captured.Count,
            captured.Count(c => c.Status == ContributionStatus.Submitted),
            captured.Count(c => c.Status == ContributionStatus.Validated),
            captured.Count(c => c.Status == ContributionStatus.Merged),
            captured.Count(c => c.Status == ContributionStatus.Rejected),
            captured.Select(c => c.CapturedBy).Distinct(StringComparer.Ordinal).Count(),
            captured.Select(c => c.SessionId).Distinct().Count(),
            captured.Count == 0 ? null : ToLocal(captured.Min(c => c.CreatedAtUtc), zone),
            captured.Count == 0 ? null : ToLocal(captured.Max(c => c.CreatedAtUtc), zone),
            captured.GroupBy(c => c.Language).OrderBy(g => g.Key).Select(g => new LanguageCount(g.Key, g.Count())).ToList(),
            data.Areas.Count,
            recommendations.Count == 0 ? 0 : recommendations.Average(r => r.AreaIds.Count),
            recommendations.Count(r => r.AreaIds.Count > 1),
            shownKeys.Count(k => !k.IsDraft),
            draftKeys,
            shownKeys.Where(k => !k.IsDraft).SelectMany(k => k.SourceIds).Distinct().Count());
    }

    /// <summary>The methodology annex as sentences; every number comes from the data.</summary>
    public static IReadOnlyList<(string Title, string Text)> Describe(OutcomeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Methodology;
        var t = report.Text;
        if (m.Captured == 0)
        {
            return [(t.MethodCapture, t.MethodNothing)];
        }

        var period = m.FirstCaptureLocal is { } first && m.LastCaptureLocal is { } last
            ? t.MethodPeriod(t.DateTime(first), t.DateTime(last), report.Event.City)
            : "";
        var languages = string.Join(", ", m.Languages.Select(l => t.LanguageCount(t.LanguageName(l.Language), t.Number(l.Count))));
        var draft = m.DraftKeyRecommendations switch
        {
            0 => "",
            1 => report.IsFinal ? t.MethodDraftOneLeftOut : t.MethodDraftOneMarked,
            _ => report.IsFinal ? t.MethodDraftsLeftOut(t.Number(m.DraftKeyRecommendations)) : t.MethodDraftsMarked(t.Number(m.DraftKeyRecommendations)),
        };
        return
        [
            (t.MethodCapture, t.MethodCaptureText(t.Count(m.Rapporteurs, "Rapporteur"), t.Count(m.Captured, "Contribution"),
                t.Count(m.SessionsWithContributions, "Session"), period, languages)),
            (t.MethodCoding, t.MethodCodingText(t.Number(m.AreaCount), t.Average(m.AverageAreasPerRecommendation),
                t.Count(m.MultiAreaRecommendations, "Contribution"))),
            (t.MethodReview, t.MethodReviewText(t.Number(m.Validated + m.Merged), t.Number(m.Rejected), t.Number(m.Submitted))),
            (t.MethodSynthesis, t.MethodSynthesisText(t.Count(m.FinalKeyRecommendations, "FinalKeyRecommendation"),
                t.Count(m.MergedSources, "SourceContribution"), draft)),
        ];
    }
}
