namespace Mechelen.Web.Features.Reports;

/// <summary>The report's address in another language: the same filter, with <c>lang</c> replaced.</summary>
public static class ReportLanguageLinks
{
    public const string Parameter = "lang";

    /// <summary>The query string (with its '?') of <paramref name="query"/> asking for <paramref name="language"/>; the event by code when the query is empty.</summary>
    public static string Query(string? query, string eventCode, string language)
    {
        var kept = (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(Parameter + "=", StringComparison.OrdinalIgnoreCase) && !p.Equals(Parameter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (kept.Count == 0)
        {
            kept.Add("event=" + Uri.EscapeDataString(eventCode));
        }

        kept.Add(Parameter + "=" + Uri.EscapeDataString(language));
        return "?" + string.Join('&', kept);
    }
}
