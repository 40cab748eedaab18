using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mechelen.Web.Auditing;

/// <summary>
/// A word-level difference between two versions of a text, for the history: what stayed, what went, what came.
/// Words are runs of letters and digits, runs of spaces, or single other characters; ideographs count one by one,
/// and a character never loses its combining marks or half of a surrogate pair.
/// </summary>
public static class TextDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public readonly record struct Segment(string Text, Kind Kind);

    // Above this many token pairs (4 MB of table) the changed middle is shown as replaced wholesale instead of
    // compared word by word. Common starts and ends are taken off first, so an edit of a long text stays far below.
    private const long MaxCells = 1_000_000;

    /// <summary>
    /// The segments as markup: removed words in <c>del</c>, added ones in <c>ins</c>, every text encoded. Built in
    /// code because the history shows it in a block that keeps white space as typed, where no markup
    /// indentation may slip in between segments.
    /// </summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent ToHtml(IReadOnlyList<Segment> segments)
    {
        var html = new Microsoft.AspNetCore.Html.HtmlContentBuilder();
        foreach (var s in segments)
        {
            var tag = s.Kind switch { Kind.Removed => "del", Kind.Added => "ins", _ => null };
            if (tag is null)
            {
                html.Append(s.Text);
            }
            else
            {
                html.AppendHtml($"<{tag}>").Append(s.Text).AppendHtml($"</{tag}>");
            }
        }

        return html;
    }

    public static IReadOnlyList<Segment> Compare(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var segments = new List<Segment>();
        Add(segments, string.Concat(a.Take(prefix)), Kind.Same);
        var middleA = a.Skip(prefix).Take(a.Count - prefix - suffix).ToList();
        var middleB = b.Skip(prefix).Take(b.Count - prefix - suffix).ToList();
        if ((long)middleA.Count * middleB.Count > MaxCells)
        {
            Add(segments, string.Concat(middleA), Kind.Removed);
            Add(segments, string.Concat(middleB), Kind.Added);
        }
        else
        {
            Middle(segments, middleA, middleB);
        }

        Add(segments, string.Concat(a.Skip(a.Count - suffix)), Kind.Same);
        return segments;
    }

    /// <summary>The segments that make up the earlier text (same and removed).</summary>
    public static IReadOnlyList<Segment> Before(IReadOnlyList<Segment> diff) => diff.Where(s => s.Kind != Kind.Added).ToList();

    /// <summary>The segments that make up the later text (same and added).</summary>
    public static IReadOnlyList<Segment> After(IReadOnlyList<Segment> diff) => diff.Where(s => s.Kind != Kind.Removed).ToList();

    // Longest common subsequence of the tokens, walked from the start so that the segments come out in order
    // (of a replaced word, the removed one first).
    private static void Middle(List<Segment> segments, List<string> a, List<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Add(segments, a[x++], Kind.Same);
                y++;
            }
            else if (x < a.Count && (y == b.Count || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                Add(segments, a[x++], Kind.Removed);
            }
            else
            {
                Add(segments, b[y++], Kind.Added);
            }
        }
    }

    private static void Add(List<Segment> segments, string text, Kind kind)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = new Segment(segments[^1].Text + text, kind);
        }
        else
        {
            segments.Add(new Segment(text, kind));
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var currentClass = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var cls = Class(element);
            if (cls != currentClass || cls == 3)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                currentClass = cls;
            }

            current.Append(element);
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    // 1: letters and digits that make words, 2: white space, 3: anything else, one token each (punctuation,
    // symbols, emoji, ideographs and kana, which are written without spaces between words).
    private static int Class(string element)
    {
        if (Rune.DecodeFromUtf16(element, out var rune, out _) != OperationStatus.Done)
        {
            return 3;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            return 2;
        }

        return Rune.IsLetterOrDigit(rune) && !IsIdeographic(rune.Value) ? 1 : 3;
    }

    // CJK radicals to Yi, compatibility ideographs and the supplementary ideograph planes (Hangul is written with spaces).
    private static bool IsIdeographic(int c) =>
        c is (>= 0x2E80 and <= 0xA4CF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);
}
