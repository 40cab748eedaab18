using System.Collections.Concurrent;

namespace Mechelen.Pdf.FontFiles;

/// <summary>The fonts found in the configured folder and the operating system's font folders.</summary>
internal sealed class FontCatalog
{
    private static readonly string[] StandardSubfamilies =
        ["Regular", "Book", "Normal", "Bold", "Italic", "Oblique", "Bold Italic", "Bold Oblique"];

    private readonly Dictionary<string, List<TrueTypeFont>> _byFamily = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TrueTypeFont> _byPath = new(StringComparer.Ordinal);

    public FontCatalog(IReadOnlyList<string> folders, IReadOnlyList<string> preferredFamilies)
    {
        Folders = folders;
        PreferredFamilies = preferredFamilies;
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            {
                if (!file.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (_byPath.ContainsKey(file) || TrueTypeFont.TryLoad(file) is not { } font)
                {
                    continue;
                }

                _byPath[file] = font;
                if (!_byFamily.TryGetValue(font.Family, out var faces))
                {
                    _byFamily[font.Family] = faces = [];
                }

                faces.Add(font);
            }
        }
    }

    public IReadOnlyList<string> Folders { get; }

    public IReadOnlyList<string> PreferredFamilies { get; }

    private readonly ConcurrentDictionary<(string? Family, bool Bold, bool Italic), FontChain> _chains = new();

    public FontChain Chain(string? family, bool bold, bool italic) =>
        _chains.GetOrAdd((family, bold, italic), key => new FontChain(Primary(key.Family, key.Bold, key.Italic), Fallbacks(key.Bold, key.Italic)));

    /// <summary>The face of a family closest to the requested style, or null if the family is absent.</summary>
    public TrueTypeFont? Find(string family, bool bold, bool italic)
    {
        if (!_byFamily.TryGetValue(family, out var faces))
        {
            return null;
        }

        TrueTypeFont? best = null;
        var bestScore = int.MinValue;
        foreach (var face in faces)
        {
            var score = (face.IsBold == bold ? 8 : 0) + (face.IsItalic == italic ? 4 : 0)
                + (StandardSubfamilies.Contains(face.Subfamily, StringComparer.OrdinalIgnoreCase) ? 2 : 0);
            if (score > bestScore || (score == bestScore && face.Path.Length < best!.Path.Length))
            {
                best = face;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The requested family if present, otherwise the first preferred family that is installed.</summary>
    public TrueTypeFont Primary(string? family, bool bold, bool italic)
    {
        if (family is not null && Find(family, bold, italic) is { } requested)
        {
            return requested;
        }

        if (Fallbacks(bold, italic) is [var first, ..])
        {
            return first;
        }

        var asked = family is null ? PreferredFamilies : [family, .. PreferredFamilies];
        throw new FontException(
            $"No usable font found. Families tried: {string.Join(", ", asked)}. Folders searched: {string.Join(", ", Folders)}. " +
            "Install one of these families (e.g. the DejaVu fonts) or add a folder with Fonts.AddFolder.");
    }

    /// <summary>Faces of the preferred families, in order, used when the primary font lacks a character.</summary>
    public IReadOnlyList<TrueTypeFont> Fallbacks(bool bold, bool italic)
    {
        var list = new List<TrueTypeFont>();
        foreach (var preferred in PreferredFamilies)
        {
            if (Find(preferred, bold, italic) is { } face)
            {
                list.Add(face);
            }
        }

        return list;
    }
}

/// <summary>A primary face and the faces tried, in order, for characters it lacks.</summary>
internal sealed class FontChain(TrueTypeFont primary, IReadOnlyList<TrueTypeFont> fallbacks)
{
    private readonly TrueTypeFont[] _fallbacks = [.. fallbacks];

    public TrueTypeFont Primary { get; } = primary;

    /// <summary>Whether the primary face or a fallback has a glyph for the character.</summary>
    public bool Covers(char c) => Primary.Has(c) || Array.Exists(_fallbacks, f => f.Has(c));

    public TrueTypeFont For(char c)
    {
        if (Primary.Has(c))
        {
            return Primary;
        }

        foreach (var face in _fallbacks)
        {
            if (face.Has(c))
            {
                return face;
            }
        }

        return Primary;
    }
}
