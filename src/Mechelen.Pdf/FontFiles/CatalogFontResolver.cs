using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Mechelen.Pdf.FontFiles;

/// <summary>Resolves PDFsharp font requests to files of the <see cref="FontCatalog"/>; the face name is the file path.</summary>
internal sealed class CatalogFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        var face = Pdf.Fonts.Catalog.Find(familyName, isBold, isItalic);
        if (face is null)
        {
            return null;
        }

        var simulateItalic = isItalic && !face.IsItalic;
        return new FontResolverInfo(face.Path, false, simulateItalic);
    }

    public byte[]? GetFont(string faceName) => _files.GetOrAdd(faceName, File.ReadAllBytes);
}
