namespace Mechelen.Web.Infrastructure;

/// <summary>Converts stored UTC instants to the wall-clock time of an event's venue.</summary>
public static class EventTime
{
    public static DateTime ToLocal(DateTime utc, string timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZone));

    /// <summary>The UTC instant of a wall-clock time at the venue.</summary>
    public static DateTime ToUtc(DateTime local, string timeZone) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone(timeZone));

    private static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
}
