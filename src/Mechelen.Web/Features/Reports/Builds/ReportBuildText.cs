using System.Globalization;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>What a build's state says to its reader, in the page's language: the same sentences on the page and in the status the script polls.</summary>
public sealed class ReportBuildText(IStringLocalizer<SharedResource> localizer, Formats formats)
{
    public string Prepare(string format, bool again) => (format == ReportFormats.Word, again) switch
    {
        (true, false) => localizer["Prepare the Word document"],
        (true, true) => localizer["Prepare the Word document again"],
        (false, false) => localizer["Prepare the PDF"],
        (false, true) => localizer["Prepare the PDF again"],
    };

    public string Download(string format, long? size) =>
        localizer[format == ReportFormats.Word ? "Download the Word document ({0})" : "Download the PDF ({0})", Size(size ?? 0)];

    /// <summary>Where a queued or running build stands.</summary>
    public string Progress(ReportBuildRow build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var word = build.Format == ReportFormats.Word;
        return build.Status == ReportBuildStatus.Queued
            ? localizer[word ? "The Word document is waiting its turn to be prepared." : "The PDF is waiting its turn to be prepared."]
            : localizer[word ? "Preparing the Word document: {0}% done." : "Preparing the PDF: {0}% done.", build.Progress];
    }

    /// <summary>When a finished file was made, in the event's time zone, and whether the data changed since.</summary>
    public string Prepared(ReportBuildRow build, long changesSince, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(build);
        var at = formats.ShortDateTime(EventTime.ToLocal(build.FinishedAt ?? build.QueuedAt, timeZone));
        return changesSince switch
        {
            0 => localizer["Prepared {0}, from the data as it is now.", at],
            1 => localizer["Prepared {0}; 1 change to the data since.", at],
            _ => localizer["Prepared {0}; {1} changes to the data since.", at, changesSince],
        };
    }

    public string Failed(ReportBuildRow build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return build.Failure switch
        {
            ReportBuildFailure.Refused => localizer["The report could not be prepared: {0}", build.Error ?? ""],
            ReportBuildFailure.NoEvent => localizer["The report could not be prepared: its event no longer exists."],
            ReportBuildFailure.Abandoned => localizer["The report could not be prepared: the server stopped several times while preparing it. Try again later, or tell an administrator if it happens again."],
            _ => localizer["The report could not be prepared because of an error on the server. Try again; if it fails again, tell an administrator."],
        };
    }

    /// <summary>820 KB, 3.4 MB: in the reader's number format.</summary>
    public string Size(long bytes) => bytes < 1024 * 1024
        ? localizer["{0} KB", Math.Max(1, (bytes + 512) / 1024).ToString("N0", CultureInfo.CurrentCulture)]
        : localizer["{0} MB", (bytes / (1024.0 * 1024)).ToString("N1", CultureInfo.CurrentCulture)];
}
