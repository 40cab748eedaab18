using System.Text.RegularExpressions;

namespace Mechelen.Web.Tests.Localisation;

/// <summary>
/// Finds user-facing English in C# and JavaScript that does not come from the resources: a phrase in a string
/// literal that is not a key of SharedResource.resx, any phrase built by interpolation, a message handed to
/// <c>AddModelError</c> or TempData as text, and a key given to <c>new Message(…)</c> that the resources lack.
/// </summary>
internal static partial class CodeText
{
    public static IReadOnlyList<string> CSharpProblems(string source, IReadOnlySet<string> keys)
    {
        var problems = new List<string>();
        var lines = source.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || NotForReaders().IsMatch(line))
            {
                continue;
            }

            if (TextAsModelError().IsMatch(line) || TextAsTempData().IsMatch(line))
            {
                problems.Add($"{n + 1}: a message given as text instead of through the localizer: {trimmed}");
            }

            foreach (Match key in KeyArgument().Matches(line))
            {
                var value = Regex.Unescape(key.Groups[1].Value);
                if (!keys.Contains(value))
                {
                    problems.Add($"{n + 1}: \"{value}\" is used as a resource key but SharedResource.resx lacks it");
                }
            }

            foreach (Match literal in StringLiteral().Matches(line))
            {
                var interpolated = literal.Groups[1].Value.Contains('$', StringComparison.Ordinal);
                var verbatim = literal.Groups[1].Value.Contains('@', StringComparison.Ordinal);
                var value = interpolated ? Hole().Replace(literal.Groups[2].Value, " ")
                    : verbatim ? literal.Groups[2].Value.Replace("\"\"", "\"", StringComparison.Ordinal)
                    : Regex.Unescape(literal.Groups[2].Value);
                if (Phrase().IsMatch(value) && (interpolated || !keys.Contains(value)))
                {
                    problems.Add($"{n + 1}: {(interpolated ? "interpolated phrase" : "phrase not in the resources")}: \"{literal.Groups[2].Value}\"");
                }
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> ScriptProblems(string script, IReadOnlySet<string> allowed) =>
        ScriptLiteral().Matches(ScriptComment().Replace(script, "")).Select(m => m.Groups[2].Value)
            .Where(value => Phrase().IsMatch(value) && !Selector().IsMatch(value) && !allowed.Contains(value))
            .Select(value => $"phrase in a script: '{value}'").ToList();

    // Lines whose strings are for operators and machines: logs, exceptions, routes, patterns, headers.
    [GeneratedRegex(@"Log(Information|Warning|Error|Debug|Critical|Trace)?\(|throw new|\[(Http\w+|Route|GeneratedRegex)\(|Console\.|Headers\.|ContentType")]
    private static partial Regex NotForReaders();

    [GeneratedRegex(@"AddModelError\([^,]+,\s*\$?@?""")]
    private static partial Regex TextAsModelError();

    [GeneratedRegex(@"TempData\[[^\]]+\]\s*=\s*\$?@?""")]
    private static partial Regex TextAsTempData();

    [GeneratedRegex(@"(?:new Message\(|localizer\[|ValidationMessages\.Result\([^,]+,\s*|ErrorMessage\s*=\s*|Refused\()""((?:[^""\\]|\\.)*)""")]
    private static partial Regex KeyArgument();

    [GeneratedRegex(@"(\$?@?)""((?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Hole();

    // Two words separated by a space, or one capitalised word ending a sentence ("Saved.").
    [GeneratedRegex(@"\p{L}{2,}[^""]*\s\p{L}{2,}|^\p{Lu}\p{Ll}+[.!?:]$")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"(['""])((?:(?!\1)[^\\\n]|\\.)*)\1")]
    private static partial Regex ScriptLiteral();

    // CSS selectors and markup in scripts are not words for people.
    [GeneratedRegex(@"[#\[\]=<>{}/\\]")]
    private static partial Regex Selector();

    [GeneratedRegex(@"/\*.*?\*/|//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex ScriptComment();
}
