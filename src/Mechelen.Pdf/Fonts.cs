using Mechelen.Pdf.FontFiles;
using PdfSharp.Fonts;

namespace Mechelen.Pdf;

/// <summary>
/// Where fonts are looked for. The configured folders come first, then the operating system's font folders;
/// within them the first installed family of <see cref="PreferredFamilies"/> is the default, and the others
/// are fallbacks for characters a font lacks.
/// </summary>
public static class Fonts
{
    private static readonly Lock Gate = new();
    private static readonly List<string> ConfiguredFolders = [];
    private static FontCatalog? _catalog;

    /// <summary>Families tried in order for the default font and for per-character fallback.</summary>
    public static IReadOnlyList<string> PreferredFamilies { get; } =
    [
        "DejaVu Sans", "DejaVu Serif", "Noto Sans", "Noto Serif", "Liberation Sans", "Liberation Serif",
        "Arial", "Times New Roman", "Noto Sans Arabic", "Noto Naskh Arabic", "Arial Unicode MS", "Segoe UI",
    ];

    /// <summary>Operating-system font folders searched after the configured ones.</summary>
    public static IReadOnlyList<string> SystemFolders { get; } =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        @"C:\Windows\Fonts", "/Library/Fonts", "/System/Library/Fonts",
    ];

    /// <summary>Adds a folder searched before the operating system's font folders. Call once at startup.</summary>
    /// <param name="folder">A folder holding .ttf files; subfolders are searched too.</param>
    public static void AddFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        lock (Gate)
        {
            if (!ConfiguredFolders.Contains(full))
            {
                ConfiguredFolders.Add(full);
                _catalog = null;
            }
        }
    }

    /// <summary>Throws a <see cref="FontException"/> now, rather than at the first document, when no preferred font is installed.</summary>
    public static void EnsureAvailable() => Catalog.Primary(null, false, false);

    /// <summary>The file of the default font (regular or bold), for drawing the same letters outside a PDF (a chart image).</summary>
    /// <param name="bold">The bold face.</param>
    public static string DefaultFontFile(bool bold = false) => Catalog.Primary(null, bold, false).Path;

    /// <summary>
    /// The characters of <paramref name="text"/> that no installed font can draw (each once, in order of appearance):
    /// neither the default family nor any preferred family has a glyph for them. Characters outside the Basic
    /// Multilingual Plane (emoji…) are always among them. Spaces and control characters are not.
    /// </summary>
    /// <param name="text">Any text.</param>
    public static string MissingCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chain = Catalog.Chain(null, false, false);
        System.Text.StringBuilder? missing = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? character = null;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                character = text.Substring(i, 2);
                i++;
            }
            else if (char.IsSurrogate(c) || (!char.IsControl(c) && !char.IsWhiteSpace(c) && !chain.Covers(c)))
            {
                character = c.ToString();
            }

            if (character is not null)
            {
                missing ??= new System.Text.StringBuilder();
                if (missing.ToString().IndexOf(character, StringComparison.Ordinal) < 0)
                {
                    missing.Append(character);
                }
            }
        }

        return missing?.ToString() ?? string.Empty;
    }

    internal static FontCatalog Catalog
    {
        get
        {
            lock (Gate)
            {
                if (_catalog is null)
                {
                    _catalog = new FontCatalog([.. ConfiguredFolders, .. SystemFolders], PreferredFamilies);
                    InstallResolver();
                }

                return _catalog;
            }
        }
    }

    private static void InstallResolver()
    {
        // PDFsharp's resolver is process-wide and may be set only once; it reads the current catalog on each call.
        if (GlobalFontSettings.FontResolver is not CatalogFontResolver)
        {
            GlobalFontSettings.FontResolver = new CatalogFontResolver();
        }
    }
}
