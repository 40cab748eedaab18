using System.Diagnostics.CodeAnalysis;
using Mechelen.Reports.Text;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mechelen.Web.Features.Reports;

/// <summary>
/// The language a report request asks for, and the report's address in another one (the same filter, <c>lang</c> replaced)
/// or shown whole.
/// </summary>
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

    /// <summary>Asks the report page to show a large report whole (its listings too), not only its head and summary.</summary>
    public const string WholeParameter = "whole";

    /// <summary>Whether a report page request asks for the whole report (<c>whole=1</c>), whatever its size.</summary>
    public static bool AsksWhole(string? whole) => whole?.Trim() == "1";

    /// <summary>The query string of <see cref="Query"/> asking for the whole report as well (kept by the language links, which keep every other parameter).</summary>
    public static string Whole(string? query, string eventCode, string language)
    {
        var kept = string.Join('&', (query ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith(WholeParameter + "=", StringComparison.OrdinalIgnoreCase) && !p.Equals(WholeParameter, StringComparison.OrdinalIgnoreCase)));
        return Query(kept, eventCode, language) + "&" + WholeParameter + "=1";
    }

    /// <summary>
    /// The report's wording in <paramref name="lang"/> (en, fr or es; by default the page's language), or what is wrong with
    /// asking for it: a language the report is not written in, or a filter value that did not bind.
    /// </summary>
    public static bool Refuses(string? lang, ModelStateDictionary modelState,
        [NotNullWhen(false)] out ReportText? text, [NotNullWhen(true)] out Message? problem)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        text = ReportText.For(string.IsNullOrWhiteSpace(lang) ? Cultures.Current : lang.Trim());
        problem = text is null
            ? new Message("The report cannot be written in '{0}'; choose one of the event's languages: {1}.",
                FilterTaxonomy.Shorten(lang!), string.Join(", ", ReportText.Languages))
            : modelState.IsValid
                ? null
                : new Message("The report filter has a value that is not understood ({0}).",
                    string.Join(", ", modelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key)));
        return problem is not null;
    }
}
