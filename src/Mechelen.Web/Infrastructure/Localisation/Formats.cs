using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Mechelen.Web.Infrastructure.Localisation;

/// <summary>
/// Dates, times and numbers in the reader's language: the patterns are resources (<c>Format.*</c>), so a translator
/// sets them beside the words (<c>jeudi 16 novembre 2017, 15 h 00</c>, <c>jueves, 16 de noviembre de 2017, 15:00</c>).
/// Values are shown as given: session times are already the event's wall-clock time; UTC instants are converted by the caller
/// (<see cref="EventTime"/>) or shown as UTC.
/// </summary>
public sealed partial class Formats(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>jeudi 16 novembre 2017</summary>
    public string LongDate(DateTime value) => Format(value, "Format.LongDate");

    public string LongDate(DateOnly value) => LongDate(value.ToDateTime(TimeOnly.MinValue));

    /// <summary>16 novembre 2017</summary>
    public string Date(DateTime value) => Format(value, "Format.Date");

    public string Date(DateOnly value) => Date(value.ToDateTime(TimeOnly.MinValue));

    /// <summary>jeu. 16 nov.</summary>
    public string ShortDate(DateTime value) => Format(value, "Format.ShortDate");

    /// <summary>15 h 00</summary>
    public string Time(DateTime value) => Format(value, "Format.Time");

    /// <summary>15 h 00–16 h 30</summary>
    public string TimeRange(DateTime start, DateTime end) => $"{Time(start)}–{Time(end)}";

    /// <summary>jeudi 16 novembre 2017, 15 h 00</summary>
    public string LongDateTime(DateTime value) => Join(LongDate(value), Time(value));

    /// <summary>jeu. 16 nov., 15 h 00</summary>
    public string ShortDateTime(DateTime value) => Join(ShortDate(value), Time(value));

    /// <summary>jeu. 15 h 00: a session among the few days of one event.</summary>
    public string DayTime(DateTime value) => $"{value.ToString("ddd", CultureInfo.CurrentCulture)} {Time(value)}";

    /// <summary>16 novembre 2017, 15:00:12: an instant in a log, to the second.</summary>
    public string Timestamp(DateTime value, bool seconds = false) =>
        Join(Date(value), seconds ? Format(value, "Format.TimeWithSeconds") : Time(value));

    /// <summary>16–17 novembre 2017, 30 novembre – 2 décembre 2017 or 16 novembre 2017.</summary>
    public string DateRange(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Date(start);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{Day(start.ToDateTime(TimeOnly.MinValue))}–{Date(end)}";
        }

        return start.Year == end.Year
            ? $"{Format(start.ToDateTime(TimeOnly.MinValue), "Format.DayMonth")} – {Date(end)}"
            : $"{Date(start)} – {Date(end)}";
    }

    public string Year(DateOnly value) => value.Year.ToString(CultureInfo.CurrentCulture);

    public string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private string Join(string date, string time) => localizer["Format.DateAndTime", date, time];

    private string Day(DateTime value) => value.Day == 1 ? localizer["Format.FirstDay"] : value.Day.ToString(CultureInfo.CurrentCulture);

    // French writes the first of the month "1er": the pattern's day token is swapped for the resource's wording of it.
    private string Format(DateTime value, string patternKey)
    {
        var pattern = localizer[patternKey].Value;
        if (value.Day == 1)
        {
            pattern = DayToken().Replace(pattern, "'" + localizer["Format.FirstDay"].Value.Replace("'", "", StringComparison.Ordinal) + "'");
        }

        return value.ToString(pattern, CultureInfo.CurrentCulture);
    }

    // A lone "d" (the day of the month), outside quoted text; "dd", "ddd" and "dddd" are left alone.
    [GeneratedRegex("(?<![d'])d(?![d])(?=(?:[^']*'[^']*')*[^']*$)")]
    private static partial Regex DayToken();
}
