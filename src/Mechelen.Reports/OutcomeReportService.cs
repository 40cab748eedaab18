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
    public Task<ReportResult> BuildAsync(ReportScope scope, ReportText text, CancellationToken cancellationToken) =>
        BuildAsync(scope, text, ReportDetail.Whole, cancellationToken);

    /// <summary>
    /// The report read in <paramref name="detail"/>: a <see cref="ReportDetail.Summary"/> is built by the same rules from rows
    /// without their text, so its figures, summary and key recommendations are the whole report's, and it is never laid out.
    /// </summary>
    public async Task<ReportResult> BuildAsync(ReportScope scope, ReportText text, ReportDetail detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(text);
        scope = scope with { Language = text.Language };
        var data = await reader.ReadAsync(scope, detail, cancellationToken);
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
        return new ReportResult(report with { Detail = detail, Glyphs = GlyphCheck.Find(report) }, null, false);
    }
}
