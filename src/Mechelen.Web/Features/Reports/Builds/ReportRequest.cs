using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mechelen.Reports.Reading;
using Mechelen.Reports.Word;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Microsoft.AspNetCore.WebUtilities;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>The two files a report can be built as.</summary>
public static class ReportFormats
{
    public const string Pdf = "pdf";
    public const string Word = "docx";

    public static readonly string[] All = [Pdf, Word];

    public static string ContentType(string format) => format == Word ? OutcomeReportWord.ContentType : "application/pdf";
}

/// <summary>
/// What makes two requests the same report file: the report's facets as a normalised query (the event by code, each
/// facet's values sorted and without repeats, and nothing the report ignores: status, sort, paging), the report's
/// language and the format. Its <see cref="Key"/> names the build.
/// </summary>
public sealed record ReportRequest(string Query, string Language, string Format)
{
    public string Key => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Query}\n{Language}\n{Format}")));

    public static ReportRequest For(RecommendationFilter filter, string eventCode, string language, string format)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var scope = ReportScopes.FromFilter(filter);
        var normal = ReportScopes.ToFilter(scope with
        {
            Event = eventCode,
            Areas = [.. scope.Areas.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Clusters = [.. scope.Clusters.Distinct().Order()],
            Sessions = [.. scope.Sessions.Distinct().Order()],
            Levels = [.. scope.Levels.Distinct().Order()],
            Actors = [.. scope.Actors.Distinct().Order()],
            Languages = [.. scope.Languages.Distinct().Order()],
            Text = scope.HasText ? scope.Text!.Trim() : null,
        });
        return new ReportRequest(normal.ToQueryString(includePaging: false).TrimStart('?'), language, format);
    }

    /// <summary>The report's scope read back from <see cref="Query"/> (which <see cref="For"/> wrote).</summary>
    public ReportScope Scope() => ReportScopes.FromFilter(Filter(Query));

    /// <summary>
    /// The report's facets of a query string that model binding has already accepted (the report page's own address):
    /// names and numbers as the binder reads them; anything else is left out.
    /// </summary>
    public static RecommendationFilter Filter(string? query)
    {
        var parsed = QueryHelpers.ParseQuery(query is null || query.StartsWith('?') ? query : "?" + query);
        List<string> Values(string name) => parsed.TryGetValue(name, out var v) ? [.. v.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)] : [];
        static IEnumerable<int> Numbers(IEnumerable<string> values) =>
            values.Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (int?)n : null).OfType<int>();
        static IEnumerable<T> Names<T>(IEnumerable<string> values) where T : struct, Enum =>
            values.Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var e) ? (T?)e : null).OfType<T>();
        return new RecommendationFilter
        {
            Event = Values("event").FirstOrDefault(),
            Area = Values("area"),
            Cluster = [.. Numbers(Values("cluster"))],
            Session = [.. Numbers(Values("session"))],
            Level = [.. Names<GovernanceLevels>(Values("level"))],
            Actor = [.. Names<ActorGroups>(Values("actor"))],
            Language = [.. Names<RecommendationLanguage>(Values("language"))],
            Q = Values("q").FirstOrDefault(),
        };
    }
}
