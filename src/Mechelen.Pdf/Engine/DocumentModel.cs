namespace Mechelen.Pdf.Engine;

/// <summary>A heading registered for the outline and the table of contents.</summary>
internal sealed class HeadingEntry(int level, string title, string destination)
{
    public int Level { get; } = level;

    public string Title { get; } = title;

    public string Destination { get; } = destination;

    /// <summary>The page where the heading was drawn in the latest pass (0 = not drawn).</summary>
    public int Page { get; set; }
}

/// <summary>What the fluent builder collects for one document besides the element tree.</summary>
internal sealed class DocumentModel
{
    public List<HeadingEntry> Headings { get; } = [];

    public bool NeedsTwoPasses { get; set; }

    /// <summary>Deepest heading level shown in the PDF outline (bookmarks).</summary>
    public int OutlineLevels { get; set; } = int.MaxValue;

    /// <summary>Whether the PDF carries a structure tree (tagged PDF, PDF/UA).</summary>
    public bool Tagged { get; set; }

    public HeadingEntry AddHeading(int level, string title)
    {
        var entry = new HeadingEntry(level, title, $"heading-{Headings.Count + 1}");
        Headings.Add(entry);
        NeedsTwoPasses = true;
        return entry;
    }
}
