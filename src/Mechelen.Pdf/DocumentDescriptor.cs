using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Describes a document: its metadata and one or more page sets.</summary>
public sealed class DocumentDescriptor
{
    private readonly DocumentModel _model;
    private readonly List<PageModel> _pages;
    private readonly DocumentMetadata _metadata;

    internal DocumentDescriptor(DocumentModel model, List<PageModel> pages, DocumentMetadata metadata)
    {
        _model = model;
        _pages = pages;
        _metadata = metadata;
    }

    /// <summary>Sets title, author, subject, keywords and language.</summary>
    /// <param name="describe">Sets the values.</param>
    public DocumentDescriptor Metadata(Action<MetadataDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        describe(new MetadataDescriptor(_metadata));
        return this;
    }

    /// <summary>
    /// Makes an accessible, tagged PDF (PDF/UA): a structure tree in reading order, headings as H1–H6, paragraphs,
    /// tables with header cells, figures with their alternative text, and page headers, footers and layers as artifacts.
    /// Set the title and language in <see cref="Metadata"/>.
    /// </summary>
    public DocumentDescriptor Tagged()
    {
        _model.Tagged = true;
        return this;
    }

    /// <summary>Limits the PDF outline (bookmarks) to headings down to <paramref name="level"/>; deeper ones stay in the text and structure tree.</summary>
    /// <param name="level">1 for chapters only, 2 for chapters and sections…</param>
    public DocumentDescriptor OutlineLevels(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        _model.OutlineLevels = level;
        return this;
    }

    /// <summary>Adds a page set: its content flows over as many pages as it needs, each with the same header, footer and layers.</summary>
    /// <param name="describe">Sets size, margins, styles and content.</param>
    public DocumentDescriptor Page(Action<PageDescriptor> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var page = new PageModel(_model);
        describe(new PageDescriptor(page));
        _pages.Add(page);
        return this;
    }
}
