namespace Mechelen.Pdf;

/// <summary>A document as a class: metadata and page sets composed in one place (the shape of QuestPDF's IDocument).</summary>
public interface IDocument
{
    /// <summary>Adds metadata and page sets.</summary>
    /// <param name="document">The document being described.</param>
    void Compose(DocumentDescriptor document);
}

/// <summary>A reusable part of a document (a cover, a header, a table) composed into a container.</summary>
public interface IComponent
{
    /// <summary>Composes the component's content.</summary>
    /// <param name="container">The container to fill.</param>
    void Compose(IContainer container);
}

/// <summary>What a part of the document is, for the structure tree of a tagged (accessible) PDF.</summary>
public enum SemanticTag
{
    /// <summary>A paragraph. Text not otherwise tagged becomes one.</summary>
    Paragraph,

    /// <summary>A section of the document (a chapter).</summary>
    Section,

    /// <summary>A generic block grouping others.</summary>
    Division,

    /// <summary>A list; its items are <see cref="ListItem"/>.</summary>
    List,

    /// <summary>One item of a list, holding a <see cref="ListLabel"/> and a <see cref="ListBody"/>.</summary>
    ListItem,

    /// <summary>The number or bullet of a list item.</summary>
    ListLabel,

    /// <summary>The content of a list item.</summary>
    ListBody,

    /// <summary>A caption.</summary>
    Caption,

    /// <summary>A block quotation.</summary>
    BlockQuote,
}
