using System.Text;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// The one policy for text that people type or upload (README, "Text people type"). Rapporteurs paste from
/// Word, e-mails and phones, so as little as possible is refused: NUL is refused, line breaks become LF,
/// surrounding white space goes, and every other character is kept exactly. Forms get it through
/// <see cref="UserTextModelBinderProvider"/>, the Excel import and the filter call it directly; writers
/// whose format cannot carry a character replace it in that file only (<see cref="ForXml"/>).
/// </summary>
public static partial class UserText
{
    /// <summary>The field message for a refused NUL; the form comes back with the rest of the text.</summary>
    public const string NulRefused =
        "This text contained an invisible NUL character (U+0000), which cannot be kept. It has been taken out: check the text and send it again.";

    private static readonly object NulFieldsKey = new();

    /// <summary>Notes that the binder refused a NUL in this field of the request.</summary>
    public static void MarkNulRefused(HttpContext context, string field)
    {
        if (context.Items[NulFieldsKey] is not HashSet<string> fields)
        {
            context.Items[NulFieldsKey] = fields = new HashSet<string>(StringComparer.Ordinal);
        }

        fields.Add(field);
    }

    /// <summary>The fields of this request in which the binder refused a NUL.</summary>
    public static IReadOnlySet<string> NulRefusedFields(HttpContext context) =>
        context.Items[NulFieldsKey] as HashSet<string> ?? [];

    /// <summary>What an XML file gets instead of a character XML 1.0 cannot carry.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// The text as it is stored: NUL taken out (<paramref name="hadNul"/> says so, and the caller refuses the
    /// input), every line break as LF, surrounding white space trimmed, and half of a surrogate pair (which no
    /// UTF-8 store or page can carry) as U+FFFD. Passwords keep their line breaks and spaces.
    /// </summary>
    public static string Clean(string? value, out bool hadNul, bool isPassword = false)
    {
        hadNul = false;
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (!NeedsRewrite(value, isPassword))
        {
            return isPassword ? value : value.Trim();
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                hadNul = true;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Replacement);
            }
            else if (!isPassword && IsLineBreak(c))
            {
                // CR LF is one break.
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append('\n');
            }
            else
            {
                builder.Append(c);
            }
        }

        var cleaned = builder.ToString();
        return isPassword ? cleaned : cleaned.Trim();
    }

    /// <summary><see cref="Clean"/> for an optional field: null when nothing but white space is left.</summary>
    public static string? CleanOrNull(string? value, out bool hadNul)
    {
        var cleaned = Clean(value, out hadNul);
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// Every character Unicode counts as a mandatory line break (CR, LF, NEL, the vertical tab that Word
    /// writes for a manual line break, form feed, line and paragraph separators).
    /// </summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// The text with each character XML 1.0 cannot carry (control characters other than tab and line breaks,
    /// U+FFFE, U+FFFF, half of a surrogate pair) replaced by U+FFFD, for writers of XML files such as xlsx.
    /// The stored text is not changed; only that file shows the mark where the character was.
    /// </summary>
    public static string ForXml(string text)
    {
        var i = FirstNotXml(text);
        if (i < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsXmlChar(c) ? c : Replacement);
            }
        }

        return builder.ToString();
    }

    private static int FirstNotXml(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    // XML 1.0's Char production for one UTF-16 unit; a surrogate here is unpaired.
    private static bool IsXmlChar(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    private static bool NeedsRewrite(string value, bool isPassword)
    {
        foreach (var c in value)
        {
            if (c == '\0' || char.IsSurrogate(c) || (!isPassword && IsLineBreak(c) && c != '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
