using System.Buffers;
using System.Globalization;
using System.Text;

namespace Mechelen.Web.Search;

/// <summary>Turns free text into search terms: words of letters and digits, lower-cased, Latin diacritics removed.</summary>
public static class SearchTerms
{
    public const int MaxQueryLength = 500;
    public const int MaxTerms = 12;

    // Words too common in recommendations to say anything about similarity (English, French, Spanish).
    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "with", "that", "this", "from", "into", "their", "should", "must", "have", "are", "all", "its", "more", "local", "city", "cities",
        "les", "des", "une", "pour", "dans", "avec", "que", "qui", "sur", "aux", "doivent", "leur", "leurs", "par", "est",
        "los", "las", "del", "para", "con", "que", "una", "por", "sus", "deben", "como", "entre",
        "migrants", "migrant", "migration", "migrantes", "migrations",
    ];

    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = Fold(text.Length > MaxQueryLength ? text[..MaxQueryLength] : text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Distinct().Take(MaxTerms).ToList();
    }

    /// <summary>The words that carry meaning, for similarity: longer than three letters and not a stop word, with a plural s dropped.</summary>
    public static HashSet<string> Significant(string? text) =>
        Words(text).Where(w => w.Length > 3 && !StopWords.Contains(w))
            .Select(w => w.Length > 4 && w.EndsWith('s') ? w[..^1] : w)
            .ToHashSet();

    /// <summary>
    /// Lower case, Latin diacritics removed ("Integración" → "integracion"); other scripts kept as they are.
    /// Never throws: what Unicode normalisation refuses (half of a surrogate pair, a noncharacter such as
    /// U+FFFE, an unassigned code point) is neither a letter nor a digit, so it folds to a space.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = Normalizable(text.ToLowerInvariant()).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Normalizable(string text)
    {
        StringBuilder? builder = null;
        var i = 0;
        while (i < text.Length)
        {
            // An unpaired surrogate decodes as an invalid rune of length 1.
            var valid = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) == OperationStatus.Done;
            if (!valid || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherNotAssigned)
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(text, i, length);
            }

            i += length;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Jaccard overlap of the significant words of two texts, 0 to 1.</summary>
    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }
}
