using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Text;

internal enum PieceKind : byte
{
    Word,
    Space,
    Break,
}

/// <summary>A piece of a line drawn in one font: part of a word, or a space.</summary>
internal struct Piece
{
    public string Text;
    public TrueTypeFont Font;
    public ResolvedStyle Style;
    public TextSpan Span;
    public float Width;
    public float X;
    public PieceKind Kind;
}

/// <summary>A laid-out line: a range of pieces with its size and baseline.</summary>
internal readonly record struct TextLine(int Start, int Count, float Width, float Height, float Baseline, int Spaces, bool EndsParagraph);

/// <summary>The lines of a text block laid out for one width.</summary>
internal sealed class TextLines(Piece[] pieces, List<TextLine> lines)
{
    public Piece[] Pieces { get; } = pieces;

    public List<TextLine> Lines { get; } = lines;
}
