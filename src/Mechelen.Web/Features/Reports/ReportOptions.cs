using System.ComponentModel.DataAnnotations;

namespace Mechelen.Web.Features.Reports;

/// <summary>The <c>Reports</c> settings: extra fonts for the PDF (e.g. for CJK text), and when and how reports are built in the background.</summary>
public sealed class ReportOptions : IValidatableObject
{
    public const string Section = "Reports";

    /// <summary>A folder of .ttf/.otf files searched before the system's fonts; empty for none.</summary>
    public string? FontsFolder { get; set; }

    /// <summary>Reports with at least this many recommendations are built in the background; smaller ones download at once.</summary>
    [Range(1, int.MaxValue)]
    public int BackgroundFrom { get; set; } = 1000;

    /// <summary>Reports this instance builds at once; 0 leaves building to the other instances.</summary>
    [Range(0, 16)]
    public int BuildConcurrency { get; set; } = 1;

    /// <summary>How often an idle instance looks for queued builds (a build queued on this instance starts at once).</summary>
    public TimeSpan BuildPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A build that has not reported progress for this long is taken to have stopped with its instance, and queued again.</summary>
    public TimeSpan BuildStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Finished files older than this are deleted (the newest file of each report is kept until then; older ones at once).</summary>
    public TimeSpan KeepBuildsFor { get; set; } = TimeSpan.FromDays(7);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(FontsFolder) && !Directory.Exists(FontsFolder))
        {
            yield return new ValidationResult($"Reports:FontsFolder names a folder that does not exist: {FontsFolder}.", [nameof(FontsFolder)]);
        }

        if (BuildPollInterval < TimeSpan.FromMilliseconds(100) || BuildPollInterval > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("Reports:BuildPollInterval must be between 00:00:00.1 and 00:05:00.", [nameof(BuildPollInterval)]);
        }

        if (BuildStaleAfter < TimeSpan.FromSeconds(10))
        {
            yield return new ValidationResult("Reports:BuildStaleAfter must be at least 00:00:10 (progress is written every second).", [nameof(BuildStaleAfter)]);
        }

        if (KeepBuildsFor < TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Reports:KeepBuildsFor must be at least 00:01:00.", [nameof(KeepBuildsFor)]);
        }
    }
}
