using System.Net;
using System.Text.RegularExpressions;

namespace Mechelen.Web.Tests.Infrastructure;

/// <summary>
/// The fields a browser submits for a form of a rendered page: inputs with their values (check boxes and radio
/// buttons only when checked), text areas and the selected options, so a test posts what a person would.
/// </summary>
public static partial class HtmlForms
{
    public static List<KeyValuePair<string, string>> Fields(string html, string action)
    {
        var form = FormPattern().Matches(html)
            .Where(m => WebUtility.HtmlDecode(m.Groups["action"].Value) == action)
            .OrderBy(m => m.Value.StartsWith("<form method=\"post\"", StringComparison.Ordinal) ? 0 : 1)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No form posts to {action}.");
        var body = form.Groups["body"].Value;
        var fields = new List<(int At, string Name, string Value)>();
        foreach (Match input in InputPattern().Matches(body))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || type is "submit" or "button" or "file" || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add((input.Index, name, Attribute(tag, "value") ?? (type == "checkbox" ? "on" : "")));
        }

        foreach (Match area in TextAreaPattern().Matches(body))
        {
            fields.Add((area.Index, area.Groups["name"].Value, WebUtility.HtmlDecode(area.Groups["text"].Value).TrimStart('\n').TrimStart('\r')));
        }

        foreach (Match select in SelectPattern().Matches(body))
        {
            foreach (Match option in OptionPattern().Matches(select.Groups["options"].Value).Where(o => o.Value.Contains(" selected", StringComparison.Ordinal)))
            {
                fields.Add((select.Index, select.Groups["name"].Value, WebUtility.HtmlDecode(option.Groups["value"].Value)));
            }
        }

        return fields.OrderBy(f => f.At).Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
    }

    /// <summary>Loads the page and posts its form to <paramref name="action"/> as a browser would, after <paramref name="change"/> edits the fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, string action, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? change = null)
    {
        var fields = Fields(await client.GetStringAsync(pageUrl), action);
        return await client.PostAsync(action, new FormUrlEncodedContent(change is null ? fields : change(fields)));
    }

    /// <summary>The fields with one value replaced (or added when the form lacks it).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var result = fields.Where(f => f.Key != name).ToList();
        result.Add(new(name, value));
        return result;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"(?<v>[^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["v"].Value) : null;
    }

    [GeneratedRegex("<form\\b[^>]*\\saction=\"(?<action>[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<name>[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b[^>]*\\svalue=\"(?<value>[^\"]*)\"[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();
}
