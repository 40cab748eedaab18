using Mechelen.Pdf;

namespace Mechelen.Reports;

/// <summary>Characters of the report's texts that the installed fonts cannot print, and where they are (#48, 3.2, S4, foreword…).</summary>
public sealed record MissingGlyphs(string Characters, IReadOnlyList<string> Where)
{
    /// <summary>Each character once, as it is and as its code point, for the page's list.</summary>
    public IReadOnlyList<string> Listed => Enumerate(Characters).Select(c => $"{c} (U+{char.ConvertToUtf32(c, 0):X4})").ToList();

    public int Count => Enumerate(Characters).Count();

    private static IEnumerable<string> Enumerate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            yield return pair ? text.Substring(i++, 2) : text[i].ToString();
        }
    }
}

/// <summary>Checks, before the report is built, that its fonts have a glyph for every character of the selected texts.</summary>
public static class GlyphCheck
{
    public static MissingGlyphs? Find(OutcomeReport report, Func<string, string>? missingCharacters = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var missing = missingCharacters ?? Fonts.MissingCharacters;
        var characters = new System.Text.StringBuilder();
        var where = new List<string>();
        void Check(string? text, string place)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            var found = missing(text);
            if (found.Length == 0)
            {
                return;
            }

            if (!where.Contains(place))
            {
                where.Add(place);
            }

            foreach (var c in found.EnumerateRunes())
            {
                var s = c.ToString();
                if (characters.ToString().IndexOf(s, StringComparison.Ordinal) < 0)
                {
                    characters.Append(s);
                }
            }
        }

        Check(report.Document.Foreword, "foreword");
        Check(report.Document.Disclaimer, "disclaimer");
        Check(report.Document.Symbol, "symbol");
        foreach (var area in report.Areas)
        {
            foreach (var k in area.KeyRecommendations)
            {
                Check(k.Wording, k.Number);
                foreach (var r in k.Rationales)
                {
                    Check(r.Text, $"#{r.RecommendationId}");
                }
            }

            foreach (var r in area.Unmerged)
            {
                Check(r.Text, $"#{r.Id}");
                Check(r.Rationale, $"#{r.Id}");
            }
        }

        foreach (var row in report.Annex)
        {
            Check(row.Text, $"#{row.Id}");
        }

        foreach (var s in report.Sessions)
        {
            Check(s.Summary, s.Code);
        }

        return characters.Length == 0 ? null : new MissingGlyphs(characters.ToString(), where);
    }
}
