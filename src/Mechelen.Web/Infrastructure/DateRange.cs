using System.Globalization;

namespace Mechelen.Web.Infrastructure;

public static class DateRange
{
    /// <summary>"16–17 November 2017", "30 November – 2 December 2017" or "16 November 2017", in the current culture.</summary>
    public static string Format(DateOnly start, DateOnly end)
    {
        var culture = CultureInfo.CurrentCulture;
        if (start == end)
        {
            return start.ToString("d MMMM yyyy", culture);
        }

        if (start.Year == end.Year && start.Month == end.Month)
        {
            return $"{start.ToString("%d", culture)}–{end.ToString("d MMMM yyyy", culture)}";
        }

        return start.Year == end.Year
            ? $"{start.ToString("d MMMM", culture)} – {end.ToString("d MMMM yyyy", culture)}"
            : $"{start.ToString("d MMMM yyyy", culture)} – {end.ToString("d MMMM yyyy", culture)}";
    }
}
