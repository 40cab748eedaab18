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
