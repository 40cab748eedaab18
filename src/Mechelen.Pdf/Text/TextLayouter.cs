using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Text;

/// <summary>
/// Splits spans into pieces (words, spaces, breaks; a word is split further where the font changes for
/// characters the primary font lacks) and fills lines greedily, breaking at spaces and, for words longer
/// than a line, between characters.
/// </summary>
internal sealed class TextLayouter
{
    private const float Epsilon = 0.01f;

    [ThreadStatic]
    private static TextLayouter? _reusable;

    private readonly List<Piece> _tokens = new(256);
    private readonly List<Piece> _result = new(256);
    private readonly List<TextLine> _lines = new(32);
    private int _lineStart;
    private int _wordEnd;
    private float _x;
    private bool _hasWord;

    public static TextLines Layout(IReadOnlyList<TextSpan> spans, float width, LayoutContext context, TextStyle parent)
    {
        // One layouter per thread, its lists reused: layout runs for every paragraph in the first pass.
        var layouter = _reusable ??= new TextLayouter();
        layouter.Clear();
        foreach (var span in spans)
        {
            layouter.Tokenize(span, span.Resolve(parent, context.Fonts), span.Content(context));
        }

        return layouter.Break(width);
    }

    private void Clear()
    {
        _tokens.Clear();
        _result.Clear();
        _lines.Clear();
        _lineStart = 0;
        _wordEnd = 0;
        _x = 0;
        _hasWord = false;
    }

    private void Tokenize(TextSpan span, ResolvedStyle style, string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\r')
            {
                i++;
            }
            else if (c == '\n')
            {
                Add(span, style, string.Empty, style.Fonts.Primary, 0, PieceKind.Break);
                i++;
            }
            else if (c is ' ' or '\t')
            {
                while (i < text.Length && text[i] is ' ' or '\t')
                {
                    i++;
                }

                var font = style.Fonts.Primary;
                Add(span, style, " ", font, font.Advance(' ') * style.Size, PieceKind.Space);
            }
            else
            {
                var start = i;
                var font = style.Fonts.For(c);
                var width = 0f;
                while (i < text.Length && text[i] is not (' ' or '\t' or '\n' or '\r'))
                {
                    var f = style.Fonts.For(text[i]);
                    if (f != font)
                    {
                        Add(span, style, text[start..i], font, width * style.Size, PieceKind.Word);
                        start = i;
                        font = f;
                        width = 0;
                    }

                    width += f.Advance(text[i]);
                    i++;
                }

                Add(span, style, text[start..i], font, width * style.Size, PieceKind.Word);
            }
        }
    }

    private void Add(TextSpan span, ResolvedStyle style, string text, FontFiles.TrueTypeFont font, float width, PieceKind kind) =>
        _tokens.Add(new Piece { Text = text, Font = font, Style = style, Span = span, Width = width, Kind = kind });

    private TextLines Break(float width)
    {
        var i = 0;
        while (i < _tokens.Count)
        {
            var token = _tokens[i];
            if (token.Kind == PieceKind.Break)
            {
                Finish(true, token.Style);
                i++;
                continue;
            }

            if (token.Kind == PieceKind.Space)
            {
                if (_hasWord)
                {
                    Place(token);
                }

                i++;
                continue;
            }

            var end = i;
            var wordWidth = 0f;
            while (end < _tokens.Count && _tokens[end].Kind == PieceKind.Word)
            {
                wordWidth += _tokens[end].Width;
                end++;
            }

            if (_hasWord && _x + wordWidth > width + Epsilon)
            {
                Finish(false, token.Style);
            }

            for (var k = i; k < end; k++)
            {
                if (wordWidth > width + Epsilon)
                {
                    PlaceByCharacters(_tokens[k], width);
                }
                else
                {
                    Place(_tokens[k]);
                }

                _hasWord = true;
                _wordEnd = _result.Count;
            }

            i = end;
        }

        if (_hasWord)
        {
            Finish(true, _tokens[^1].Style);
        }

        return new TextLines([.. _result], [.. _lines]);
    }

    private void Place(Piece piece)
    {
        piece.X = _x;
        _x += piece.Width;
        _result.Add(piece);
    }

    private void PlaceByCharacters(Piece piece, float width)
    {
        var start = 0;
        var run = 0f;
        var text = piece.Text;
        for (var c = 0; c < text.Length; c++)
        {
            var advance = piece.Font.Advance(text[c]) * piece.Style.Size;
            if ((_hasWord || c > start) && _x + run + advance > width + Epsilon)
            {
                if (c > start)
                {
                    Place(piece with { Text = text[start..c], Width = run });
                    _wordEnd = _result.Count;
                    _hasWord = true;
                }

                Finish(false, piece.Style);
                start = c;
                run = 0;
            }

            run += advance;
        }

        Place(piece with { Text = text[start..], Width = run });
    }

    private void Finish(bool endsParagraph, ResolvedStyle fallback)
    {
        var count = _hasWord ? _wordEnd - _lineStart : 0;
        _result.RemoveRange(_lineStart + count, _result.Count - _lineStart - count);
        ResolvedStyle tallest = fallback;
        var spaces = 0;
        var width = 0f;
        for (var k = _lineStart; k < _lineStart + count; k++)
        {
            var p = _result[k];
            if (k == _lineStart || p.Style.Size * p.Style.LineHeight > tallest.Size * tallest.LineHeight)
            {
                tallest = p.Style;
            }

            if (p.Kind == PieceKind.Space)
            {
                spaces++;
            }

            width = p.X + p.Width;
        }

        var height = tallest.Size * tallest.LineHeight;
        var primary = tallest.Fonts.Primary;
        var ascent = primary.Ascent * tallest.Size;
        var baseline = ((height - ((primary.Ascent + primary.Descent) * tallest.Size)) / 2) + ascent;
        _lines.Add(new TextLine(_lineStart, count, width, height, baseline, spaces, endsParagraph));
        _lineStart = _result.Count;
        _wordEnd = _lineStart;
        _x = 0;
        _hasWord = false;
    }
}
