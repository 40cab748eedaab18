using System.Buffers.Binary;

namespace Mechelen.Pdf.FontFiles;

/// <summary>
/// The few TrueType tables the layout needs (name, head, hhea, hmtx, cmap), read directly so that
/// measuring and glyph coverage do not depend on PDFsharp or fontconfig.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly short[] _advanceByChar;

    private TrueTypeFont(string path, string family, string subfamily, bool bold, bool italic, int unitsPerEm, int ascent, int descent, short[] advanceByChar)
    {
        Path = path;
        Family = family;
        Subfamily = subfamily;
        IsBold = bold;
        IsItalic = italic;
        UnitsPerEm = unitsPerEm;
        Ascent = ascent / (float)unitsPerEm;
        Descent = -descent / (float)unitsPerEm;
        _advanceByChar = advanceByChar;
    }

    public string Path { get; }

    public string Family { get; }

    public string Subfamily { get; }

    public bool IsBold { get; }

    public bool IsItalic { get; }

    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, in em.</summary>
    public float Ascent { get; }

    /// <summary>Descent below the baseline, in em (positive).</summary>
    public float Descent { get; }

    /// <summary>Whether the font maps the character to a glyph.</summary>
    public bool Has(char c) => _advanceByChar[c] >= 0;

    /// <summary>Advance width of the character in em; zero when the font lacks it.</summary>
    public float Advance(char c)
    {
        var units = _advanceByChar[c];
        return units < 0 ? 0 : units / (float)UnitsPerEm;
    }

    /// <summary>The advance width of a string at a size, without kerning.</summary>
    public float Width(string text, float size)
    {
        var width = 0f;
        foreach (var c in text)
        {
            width += Advance(c);
        }

        return width * size;
    }

    public static TrueTypeFont? TryLoad(string path)
    {
        try
        {
            return Load(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static TrueTypeFont? Load(byte[] data, string path)
    {
        var tag = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (tag is not (0x00010000 or 0x74727565))
        {
            return null; // .ttc collections and CFF-flavoured OpenType are not used
        }

        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        int count = U16(data, 4);
        for (var i = 0; i < count; i++)
        {
            var rec = 12 + (16 * i);
            var name = System.Text.Encoding.ASCII.GetString(data, rec, 4);
            tables[name] = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(rec + 8));
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("hhea", out var hhea) ||
            !tables.TryGetValue("hmtx", out var hmtx) || !tables.TryGetValue("cmap", out var cmap) ||
            !tables.TryGetValue("name", out var nameTable))
        {
            return null;
        }

        int unitsPerEm = U16(data, head + 18);
        int macStyle = U16(data, head + 44);
        int ascent = (short)U16(data, hhea + 4);
        int descent = (short)U16(data, hhea + 6);
        int numberOfHMetrics = U16(data, hhea + 34);
        var (family, subfamily) = ReadNames(data, nameTable);
        if (family is null)
        {
            return null;
        }

        var advances = new short[65536];
        Array.Fill(advances, (short)-1);
        ReadCmap(data, cmap, (c, glyph) =>
        {
            var metric = Math.Min(glyph, numberOfHMetrics - 1);
            advances[c] = (short)Math.Min(U16(data, hmtx + (4 * metric)), short.MaxValue);
        });
        return new TrueTypeFont(path, family, subfamily ?? "Regular", (macStyle & 1) != 0, (macStyle & 2) != 0, unitsPerEm, ascent, descent, advances);
    }

    private static void ReadCmap(byte[] data, int cmap, Action<int, int> map)
    {
        int count = U16(data, cmap + 2);
        var best = -1;
        for (var i = 0; i < count; i++)
        {
            int platform = U16(data, cmap + 4 + (8 * i));
            int encoding = U16(data, cmap + 6 + (8 * i));
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(cmap + 8 + (8 * i)));
            if ((platform == 3 && encoding == 1) || platform == 0)
            {
                if (U16(data, offset) == 4)
                {
                    best = offset;
                }
            }
        }

        if (best < 0)
        {
            throw new InvalidDataException("No Unicode cmap of format 4.");
        }

        int segCount = U16(data, best + 6) / 2;
        var ends = best + 14;
        var starts = ends + (2 * segCount) + 2;
        var deltas = starts + (2 * segCount);
        var rangeOffsets = deltas + (2 * segCount);
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(data, ends + (2 * s));
            int start = U16(data, starts + (2 * s));
            int delta = U16(data, deltas + (2 * s));
            int rangeOffset = U16(data, rangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = U16(data, at);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0)
                {
                    map(c, glyph);
                }
            }
        }
    }

    private static (string? Family, string? Subfamily) ReadNames(byte[] data, int table)
    {
        int count = U16(data, table + 2);
        int storage = table + U16(data, table + 4);
        string? family = null, subfamily = null;
        for (var i = 0; i < count; i++)
        {
            var rec = table + 6 + (12 * i);
            int platform = U16(data, rec);
            int nameId = U16(data, rec + 6);
            int length = U16(data, rec + 8);
            int offset = U16(data, rec + 10);
            if (platform != 3 || (nameId != 1 && nameId != 2))
            {
                continue;
            }

            var value = System.Text.Encoding.BigEndianUnicode.GetString(data, storage + offset, length);
            if (nameId == 1)
            {
                family ??= value;
            }
            else
            {
                subfamily ??= value;
            }
        }

        return (family, subfamily);
    }

    private static ushort U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));
}
