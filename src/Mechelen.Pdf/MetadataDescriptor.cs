namespace Mechelen.Pdf;

/// <summary>Sets the document's title, author, subject, keywords and language.</summary>
public sealed class MetadataDescriptor
{
    private readonly DocumentMetadata _metadata;

    internal MetadataDescriptor(DocumentMetadata metadata) => _metadata = metadata;

    /// <summary>The document title shown by PDF viewers.</summary>
    /// <param name="value">Title.</param>
    public MetadataDescriptor Title(string value) => Set(() => _metadata.Title = value);

    /// <summary>The author.</summary>
    /// <param name="value">Author.</param>
    public MetadataDescriptor Author(string value) => Set(() => _metadata.Author = value);

    /// <summary>The subject.</summary>
    /// <param name="value">Subject.</param>
    public MetadataDescriptor Subject(string value) => Set(() => _metadata.Subject = value);

    /// <summary>Keywords, comma separated.</summary>
    /// <param name="value">Keywords.</param>
    public MetadataDescriptor Keywords(string value) => Set(() => _metadata.Keywords = value);

    /// <summary>The natural language of the text, as a BCP 47 tag such as "en" or "fr-BE".</summary>
    /// <param name="value">Language tag.</param>
    public MetadataDescriptor Language(string value) => Set(() => _metadata.Language = value);

    /// <summary>The application that created the document.</summary>
    /// <param name="value">Creator.</param>
    public MetadataDescriptor Creator(string value) => Set(() => _metadata.Creator = value);

    private MetadataDescriptor Set(Action assign)
    {
        assign();
        return this;
    }
}
