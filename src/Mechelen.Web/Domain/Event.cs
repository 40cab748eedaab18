namespace Mechelen.Web.Domain;

/// <summary>One consultation (a conference or a series of guided discussions) whose outcome is reported.</summary>
public sealed class Event
{
    public int Id { get; set; }

    /// <summary>Stable short code used in URLs, seeds and file names (e.g. <c>mechelen-2017</c>).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string City { get; set; }
    public required string Country { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>IANA time zone of the venue; session times are stored in this local time.</summary>
    public required string TimeZone { get; set; }
    public required string Hosts { get; set; }
    public required string Partners { get; set; }

    /// <summary>What the outcome is input to, e.g. "the stocktaking meeting of the Global Compact for Migration".</summary>
    public required string Purpose { get; set; }
    public string? Description { get; set; }

    /// <summary>The name and description in other languages, by language code.</summary>
    public Dictionary<string, Translation> Translations { get; set; } = [];

    /// <summary>When the secretariat marked the outcome report final; null while it is a draft.</summary>
    public DateTime? ReportFinalizedAt { get; set; }
    public string? ReportFinalizedBy { get; set; }

    /// <summary>The document symbol the secretariat gives the outcome report (e.g. <c>GCCM/2017/1</c>).</summary>
    public string? ReportSymbol { get; set; }

    /// <summary>The date of issue the secretariat sets, printed on the cover (not the generation time).</summary>
    public DateOnly? ReportDateOfIssue { get; set; }

    /// <summary>A short disclaimer printed on the cover.</summary>
    public string? ReportDisclaimer { get; set; }

    /// <summary>The secretariat's introductory paragraph(s), opening the executive summary.</summary>
    public string? ReportForeword { get; set; }

    /// <summary>The interface languages the event works in (codes separated by commas, e.g. <c>en,fr</c>): the languages offered for notes and names.</summary>
    public string WorkingLanguages { get; set; } = DefaultWorkingLanguages;

    public const string DefaultWorkingLanguages = "en,fr,es";

    /// <summary>When true, the programme and session pages are shown to signed-in people only.</summary>
    public bool ProgrammeHidden { get; set; }

    /// <summary>Hosts' and partners' logos for the cover, in order.</summary>
    public List<EventLogo> Logos { get; } = [];

    public List<Session> Sessions { get; } = [];
}

public static class EventQueries
{
    /// <summary>The event with this code, or the latest (by start date) when no code is given: how pages, files and reports pick their event.</summary>
    public static IQueryable<Event> CodeOrLatest(this IQueryable<Event> events, string? code) =>
        string.IsNullOrWhiteSpace(code) ? events.OrderByDescending(e => e.StartDate) : events.Where(e => e.Code == code);
}
