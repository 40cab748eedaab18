using System.Text;
using System.Text.RegularExpressions;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>
/// Finds text a Razor view shows as written rather than through the localizer: words left in the markup once every
/// Razor expression, code block and directive is taken out, and words in attributes people read (title, aria-label,
/// placeholder, alt, messages handed to scripts in data- attributes).
/// </summary>
internal static partial class RazorText
{
    private static readonly HashSet<string> BlockKeywords = ["if", "foreach", "for", "while", "switch", "using", "lock"];
    private static readonly HashSet<string> Directives = ["model", "using", "inject", "addTagHelper", "page", "layout", "namespace", "inherits", "implements"];
    private static readonly HashSet<string> ReadAttributes = ["title", "aria-label", "aria-description", "placeholder", "alt", "label", "summary"];

    // data- attributes that carry values for scripts, not words for people.
    private static readonly HashSet<string> MachineData = ["data-session", "data-similar", "data-max-bytes", "data-pdf-download", "data-progress", "data-event-progress", "data-build"];

    /// <summary>Words that are the same in every language: the product's name and file formats.</summary>
    public static readonly HashSet<string> SameInEveryLanguage = ["Mechelen", "Excel", "CSV", "JSON"];

    public static IReadOnlyList<string> Problems(string razor)
    {
        var markup = WithoutRazor(razor);
        var problems = new List<string>();
        foreach (Match tag in TagPattern().Matches(markup))
        {
            foreach (Match attribute in AttributePattern().Matches(tag.Groups[1].Value))
            {
                var name = attribute.Groups[1].Value.ToLowerInvariant();
                var readByPeople = ReadAttributes.Contains(name) || (name.StartsWith("data-", StringComparison.Ordinal) && !MachineData.Contains(name));
                if (readByPeople && HasWords(attribute.Groups[2].Value))
                {
                    problems.Add($"attribute {name}=\"{attribute.Groups[2].Value}\"");
                }
            }
        }

        var text = EntityPattern().Replace(TagPattern().Replace(markup, "\n"), " ");
        foreach (var line in text.Split('\n').Select(l => l.Trim()))
        {
            if (line.Length > 0 && !CodeLine().IsMatch(line) && HasWords(line))
            {
                problems.Add($"text \"{line}\"");
            }
        }

        return problems;
    }

    private static bool HasWords(string value) => WordPattern().Matches(value).Any(w => !SameInEveryLanguage.Contains(w.Value));

    /// <summary>The view with comments, code blocks, directives and expressions (<c>@L["…"]</c>, <c>@Model.X</c>, <c>@(…)</c>) removed.</summary>
    internal static string WithoutRazor(string razor)
    {
        var s = DeclarationPattern().Replace(CommentPattern().Replace(razor, ""), "");
        var output = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] != '@' || i + 1 >= s.Length)
            {
                output.Append(s[i++]);
                continue;
            }

            var next = s[i + 1];
            if (next == '@')
            {
                output.Append('@');
                i += 2;
            }
            else if (next == '{')
            {
                i = SkipBalanced(s, i + 1, '{', '}');
            }
            else if (next == '(')
            {
                i = SkipBalanced(s, i + 1, '(', ')');
            }
            else if (Identifier().Match(s, i + 1) is { Success: true } word && word.Index == i + 1)
            {
                i = SkipDirectiveOrExpression(s, word.Value, i + 1 + word.Length);
            }
            else
            {
                output.Append(s[i++]);
            }
        }

        return output.ToString();
    }

    private static int SkipDirectiveOrExpression(string s, string word, int j)
    {
        if (Directives.Contains(word))
        {
            var end = s.IndexOf('\n', j);
            return end < 0 ? s.Length : end;
        }

        if (word == "section")
        {
            var name = SectionName().Match(s, j);
            return name.Success && name.Index == j ? j + name.Length : j;
        }

        if (BlockKeywords.Contains(word))
        {
            return SkipBalanced(s, s.IndexOf('(', j), '(', ')');
        }

        if (word == "await")
        {
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }

            var awaited = Identifier().Match(s, j);
            j += awaited.Success && awaited.Index == j ? awaited.Length : 0;
        }

        // An implicit expression: members, calls and indexers chained to the identifier.
        while (j < s.Length)
        {
            if ((s[j] == '.' || (s[j] == '?' && j + 1 < s.Length && s[j + 1] == '.')) && Member().Match(s, j) is { Success: true } member && member.Index == j)
            {
                j += member.Length;
            }
            else if (s[j] == '[')
            {
                j = SkipBalanced(s, j, '[', ']');
            }
            else if (s[j] == '(')
            {
                j = SkipBalanced(s, j, '(', ')');
            }
            else
            {
                break;
            }
        }

        return j;
    }

    // Skips from an opening bracket to its match, stepping over C# string and character literals.
    private static int SkipBalanced(string s, int i, char open, char close)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"')
            {
                i++;
                while (i < s.Length && s[i] != '"')
                {
                    i += s[i] == '\\' ? 2 : 1;
                }
            }
            else if (c == '\'' && i + 2 < s.Length && (s[i + 2] == '\'' || (s[i + 1] == '\\' && i + 3 < s.Length && s[i + 3] == '\'')))
            {
                i += s[i + 2] == '\'' ? 3 : 4;
                continue;
            }
            else if (c == open)
            {
                depth++;
            }
            else if (c == close && --depth == 0)
            {
                return i + 1;
            }

            i++;
        }

        return s.Length;
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"<!\w[^>]*>")]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"[A-Za-z_]\w*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\??\.[A-Za-z_]\w*")]
    private static partial Regex Member();

    [GeneratedRegex(@"\s+\w+")]
    private static partial Regex SectionName();

    [GeneratedRegex(@"<(?:/?[a-zA-Z][\w-]*)((?:[^>""']|""[^""]*""|'[^']*')*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"([\w:-]+)\s*=\s*""([^""]*)""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"&\w+;|&#x?[0-9a-fA-F]+;")]
    private static partial Regex EntityPattern();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex WordPattern();

    // What is left of C# statements inside code blocks: keywords, braces, statements ending in ";", lambdas.
    [GeneratedRegex(@"^[{}\s]*(if|else|foreach|for|var|return|case|default|break|switch|while|using)\b|;\s*$|^[{}\s]*$|=>")]
    private static partial Regex CodeLine();
}
