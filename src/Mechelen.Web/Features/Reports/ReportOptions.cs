using System.ComponentModel.DataAnnotations;

namespace Mechelen.Web.Features.Reports;

/// <summary>The <c>Reports</c> settings: where to find extra fonts for the PDF (e.g. for CJK text).</summary>
public sealed class ReportOptions : IValidatableObject
{
    public const string Section = "Reports";

    /// <summary>A folder of .ttf/.otf files searched before the system's fonts; empty for none.</summary>
    public string? FontsFolder { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(FontsFolder) && !Directory.Exists(FontsFolder))
        {
            yield return new ValidationResult($"Reports:FontsFolder names a folder that does not exist: {FontsFolder}.", [nameof(FontsFolder)]);
        }
    }
}
