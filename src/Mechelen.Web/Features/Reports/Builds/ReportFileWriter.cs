using Mechelen.Reports;
using Mechelen.Reports.Pdf;
using Mechelen.Reports.Word;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>Writes a report as a PDF or Word file, saying how far it has come (0–100). Tests replace it to hold a build mid-way.</summary>
public class ReportFileWriter
{
    public virtual void Write(OutcomeReport report, string format, Stream stream, IProgress<int> percent, CancellationToken cancellationToken)
    {
        if (format == ReportFormats.Word)
        {
            OutcomeReportWord.Generate(report, stream, percent, cancellationToken);
        }
        else
        {
            OutcomeReportDocument.Generate(report, stream, percent, cancellationToken);
        }
    }
}
