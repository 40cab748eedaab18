namespace Mechelen.Web.Domain;

public enum ReportBuildStatus
{
    Queued,
    Building,
    Done,
    Failed,
}

/// <summary>Why a build failed, worded by the page in the reader's language; never an exception's text.</summary>
public enum ReportBuildFailure
{
    /// <summary>The report refused its filter (an area, cluster or session that no longer exists); <see cref="ReportBuild.Error"/> says which, in the report's language.</summary>
    Refused,

    /// <summary>The event is gone.</summary>
    NoEvent,

    /// <summary>The layout or the fonts failed, or something unexpected happened; the log has the details.</summary>
    Unexpected,

    /// <summary>The build stopped several times without finishing (an instance died each time).</summary>
    Abandoned,
}

/// <summary>
/// An outcome report file (PDF or Word) built in the background for one filter and report language. While it is
/// queued or building, <see cref="ActiveKey"/> holds its key, which is unique: there is one build per report at a
/// time, and asking again joins it. <see cref="Fingerprint"/> is the fingerprint of what the report shows, read just
/// before the data was: the file is current while the data's fingerprint is the same. <see cref="Stamp"/>, the global
/// change stamp read with it, only counts the changes since for the page's wording.
/// </summary>
public sealed class ReportBuild
{
    public int Id { get; set; }

    /// <summary>SHA-256 (hex) of the normalised query, the language and the format: what makes two requests the same report.</summary>
    public required string Key { get; set; }

    /// <summary><see cref="Key"/> while queued or building, null otherwise (unique where set).</summary>
    public string? ActiveKey { get; set; }

    /// <summary>The report's filter as a normalised query string, without language and format (<c>event=mechelen-2017&amp;area=housing</c>).</summary>
    public required string Query { get; set; }

    /// <summary>The report's language (en, fr, es).</summary>
    public required string Language { get; set; }

    /// <summary><c>pdf</c> or <c>docx</c>.</summary>
    public required string Format { get; set; }

    public ReportBuildStatus Status { get; set; }

    /// <summary>0–100.</summary>
    public int Progress { get; set; }

    public long? Stamp { get; set; }

    /// <summary>What the report showed when its data was read (see <c>EfReportReader.FingerprintAsync</c>); null before that.</summary>
    public string? Fingerprint { get; set; }

    public string? RequestedById { get; set; }
    public required string RequestedByName { get; set; }
    public DateTime QueuedAt { get; set; }
    public DateTime? StartedAt { get; set; }

    /// <summary>Written with every progress report while building; a build whose heartbeat stops is given back to the queue.</summary>
    public DateTime? HeartbeatAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Times a worker claimed it; a build that keeps stopping is failed instead of claimed forever.</summary>
    public int Attempts { get; set; }

    /// <summary>Set at each claim: only the worker holding it may report progress or finish the build.</summary>
    public Guid? ClaimToken { get; set; }

    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? Size { get; set; }

    public ReportBuildFailure? Failure { get; set; }

    /// <summary>With <see cref="ReportBuildFailure.Refused"/>: the report's own message, in the report's language.</summary>
    public string? Error { get; set; }

    /// <summary>The finished file, in parts (none until the build is done).</summary>
    public List<ReportBuildFile> Parts { get; set; } = [];
}

/// <summary>
/// One part of a finished file, in a table of its own so that reading builds never reads their bytes. A file is stored in
/// parts of at most <see cref="PartSize"/> bytes, a few per transaction, so that storing a large report (tens of megabytes)
/// never holds the database's one writer for long, and it is sent part by part, never held in memory whole.
/// </summary>
public sealed class ReportBuildFile
{
    /// <summary>Below the runtime's large-object threshold (85,000 bytes): each part read is a short-lived small allocation.</summary>
    public const int PartSize = 80 * 1024;

    public int ReportBuildId { get; set; }

    /// <summary>0 for the first part.</summary>
    public int Part { get; set; }

    public required byte[] Content { get; set; }
}
