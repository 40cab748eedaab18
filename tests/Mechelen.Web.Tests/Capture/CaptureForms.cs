using System.Net;
using System.Text.RegularExpressions;
using Mechelen.Web.Tests.Infrastructure;

namespace Mechelen.Web.Tests.Capture;

internal static partial class CaptureForms
{
    public static List<KeyValuePair<string, string>> Fields(string text, Guid key, IEnumerable<int> areaIds, string? rationale = null,
        IEnumerable<int>? levels = null, IEnumerable<int>? actors = null, string language = "English")
    {
        var fields = new List<KeyValuePair<string, string>> { new("Text", text), new("IdempotencyKey", key.ToString()), new("Language", language) };
        if (rationale is not null)
        {
            fields.Add(new("Rationale", rationale));
        }

        fields.AddRange(areaIds.Select(a => new KeyValuePair<string, string>("AreaIds", a.ToString())));
        fields.AddRange((levels ?? []).Select(l => new KeyValuePair<string, string>("Levels", l.ToString())));
        fields.AddRange((actors ?? []).Select(a => new KeyValuePair<string, string>("Actors", a.ToString())));
        return fields;
    }

    public static Task<HttpResponseMessage> SaveAsync(this HttpClient client, int sessionId, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostFormAsync($"/sessions/{sessionId}/capture", $"/sessions/{sessionId}/capture", fields);

    public static Guid KeyOnPage(string html) => Guid.Parse(KeyPattern().Match(html).Groups[1].Value);

    /// <summary>The hidden fields a browser posts with the capture form (antiforgery and the like), except the idempotency key.</summary>
    public static List<KeyValuePair<string, string>> HiddenFields(string html) =>
        HiddenPattern().Matches(html)
            .Select(m => new KeyValuePair<string, string>(m.Groups["name"].Value, WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(f => f.Key != "IdempotencyKey")
            .DistinctBy(f => f.Key)
            .ToList();

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<input (?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>")]
    private static partial Regex HiddenPattern();
}
