namespace Mechelen.Web.Domain;

public enum SessionKind
{
    Opening,
    Plenary,
    GuidedDiscussion,
    SideEvent,
    ThematicSession,
}

/// <summary>A slot of the programme. Start and end are wall-clock times in the event's time zone.</summary>
public sealed class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;

    /// <summary>Stable key within the event, used by the seed to update rather than duplicate.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public SessionKind Kind { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Moderator { get; set; }
    public string? Organiser { get; set; }
    public string? Focus { get; set; }
    public string? Room { get; set; }

    /// <summary>Place among sessions starting at the same time (parallel discussions); the programme runs by day, start time, then this.</summary>
    public int Order { get; set; }

    /// <summary>By language code: the title as <see cref="Translation.Name"/>, the focus as its description.</summary>
    public Dictionary<string, Translation> Translations { get; set; } = [];

    /// <summary>The rapporteur's summary of the discussion (key issues, way forward), printed in the outcome report.</summary>
    public string? Summary { get; set; }
    public DateTime? SummaryUpdatedAt { get; set; }
    public string? SummaryUpdatedBy { get; set; }

    public List<RapporteurAssignment> Rapporteurs { get; } = [];
}

/// <summary>How long a session summary may be: about a page of the report.</summary>
public static class SessionSummaryLimits
{
    public const int MaxLength = 6000;
}
