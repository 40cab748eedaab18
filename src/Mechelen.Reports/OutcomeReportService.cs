using Mechelen.Reports.Building;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Text;

namespace Mechelen.Reports;

/// <summary>The report for a scope, or why there is none: an unknown event (<see cref="NotFound"/>) or a scope naming unknown areas, clusters or sessions.</summary>
public sealed record ReportResult(OutcomeReport? Report, string? Error, bool NotFound)
{
    public static ReportResult Fail(string error, bool notFound = false) => new(null, error, notFound);
}

/// <summary>Read, check, build: the one way every front end (page, PDF, Word, command line) gets a report.</summary>
public sealed class OutcomeReportService(IReportReader reader, TimeProvider clock)
{
    public async Task<ReportResult> BuildAsync(ReportScope scope, ReportText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(text);
        scope = scope with { Language = text.Language };
        var data = await reader.ReadAsync(scope, cancellationToken);
        if (data is null)
        {
            return ReportResult.Fail(string.IsNullOrWhiteSpace(scope.Event) ? text.NoEvent : text.UnknownEvent(scope.Event), notFound: true);
        }

        var error = ReportBuilder.Validate(scope, data, text);
        if (error is not null)
        {
            return ReportResult.Fail(error);
        }

        var report = ReportBuilder.Build(data, scope, clock.GetUtcNow().UtcDateTime, text);
        return new ReportResult(report with { Glyphs = GlyphCheck.Find(report) }, null, false);
    }
}
