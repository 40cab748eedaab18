namespace Mechelen.Web.Infrastructure;

/// <summary>Converts stored UTC instants to the wall-clock time of an event's venue.</summary>
public static class EventTime
{
    public static DateTime ToLocal(DateTime utc, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }
}
