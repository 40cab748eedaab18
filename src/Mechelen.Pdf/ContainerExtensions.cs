using Mechelen.Pdf.Elements;
using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf;

/// <summary>Decorators: each wraps the content that follows in the chain and returns the container for it.</summary>
public static class ContainerExtensions
{
    /// <summary>Space on all four sides, in points.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer Padding(this IContainer container, float value) => Pad(container, value, value, value, value);

    /// <summary>Space left and right.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingHorizontal(this IContainer container, float value) => Pad(container, value, 0, value, 0);

    /// <summary>Space above and below.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingVertical(this IContainer container, float value) => Pad(container, 0, value, 0, value);

    /// <summary>Space on the left.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingLeft(this IContainer container, float value) => Pad(container, value, 0, 0, 0);

    /// <summary>Space above.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingTop(this IContainer container, float value) => Pad(container, 0, value, 0, 0);

    /// <summary>Space on the right.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingRight(this IContainer container, float value) => Pad(container, 0, 0, value, 0);

    /// <summary>Space below.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Padding.</param>
    public static IContainer PaddingBottom(this IContainer container, float value) => Pad(container, 0, 0, 0, value);

    /// <summary>A frame around the space given to the content.</summary>
    /// <param name="container">The container.</param>
    /// <param name="width">Line width in points.</param>
    /// <param name="color">"#RRGGBB".</param>
    public static IContainer Border(this IContainer container, float width = 1, string color = "#000000") =>
        Wrap(container, m => new BorderElement(m, width, Rgb.Parse(color)));

    /// <summary>Fills the space given to the content.</summary>
    /// <param name="container">The container.</param>
    /// <param name="color">"#RRGGBB".</param>
    public static IContainer Background(this IContainer container, string color) =>
        Wrap(container, m => new BackgroundElement(m, Rgb.Parse(color)));

    /// <summary>Content at the left.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignLeft(this IContainer container) => Align(container, Horizontal.Left, Vertical.None);

    /// <summary>Content centred horizontally.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignCenter(this IContainer container) => Align(container, Horizontal.Center, Vertical.None);

    /// <summary>Content at the right.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignRight(this IContainer container) => Align(container, Horizontal.Right, Vertical.None);

    /// <summary>Content at the top.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignTop(this IContainer container) => Align(container, Horizontal.None, Vertical.Top);

    /// <summary>Content centred vertically.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignMiddle(this IContainer container) => Align(container, Horizontal.None, Vertical.Middle);

    /// <summary>Content at the bottom.</summary>
    /// <param name="container">The container.</param>
    public static IContainer AlignBottom(this IContainer container) => Align(container, Horizontal.None, Vertical.Bottom);

    /// <summary>A fixed width.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Width in points.</param>
    public static IContainer Width(this IContainer container, float value) => Constrain(container, c => { c.MinWidth = value; c.MaxWidth = value; });

    /// <summary>A fixed height.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Height in points.</param>
    public static IContainer Height(this IContainer container, float value) => Constrain(container, c => { c.MinHeight = value; c.MaxHeight = value; });

    /// <summary>At least this height.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Height in points.</param>
    public static IContainer MinHeight(this IContainer container, float value) => Constrain(container, c => c.MinHeight = value);

    /// <summary>At most this width.</summary>
    /// <param name="container">The container.</param>
    /// <param name="value">Width in points.</param>
    public static IContainer MaxWidth(this IContainer container, float value) => Constrain(container, c => c.MaxWidth = value);

    /// <summary>Takes the whole available width, whatever the content needs.</summary>
    /// <param name="container">The container.</param>
    public static IContainer ExtendHorizontal(this IContainer container) => Constrain(container, c => c.ExtendHorizontal = true);

    /// <summary>Shows the content on the first page it appears on only.</summary>
    /// <param name="container">The container.</param>
    public static IContainer ShowOnce(this IContainer container) => Wrap(container, m => new ShowOnceElement(m));

    /// <summary>Shows the content only when <paramref name="condition"/> is true.</summary>
    /// <param name="container">The container.</param>
    /// <param name="condition">Whether to show it.</param>
    public static IContainer ShowIf(this IContainer container, bool condition) =>
        condition ? container : new Container(new DocumentModel()); // a detached slot: whatever goes in is never laid out

    /// <summary>Moves the content to the next page rather than splitting it (unless it is taller than a page).</summary>
    /// <param name="container">The container.</param>
    public static IContainer KeepTogether(this IContainer container) => Wrap(container, m => new KeepTogetherElement(m));

    /// <summary>The same as <see cref="KeepTogether"/>.</summary>
    /// <param name="container">The container.</param>
    public static IContainer PreventPageBreak(this IContainer container) => container.KeepTogether();

    /// <summary>Names the place where the content starts, so that <see cref="SectionLink"/> can point to it.</summary>
    /// <param name="container">The container.</param>
    /// <param name="name">A name unique in the document.</param>
    public static IContainer Section(this IContainer container, string name) => Wrap(container, m => new SectionElement(m, name));

    /// <summary>Makes the content a link to a web address.</summary>
    /// <param name="container">The container.</param>
    /// <param name="url">Absolute URL.</param>
    public static IContainer Hyperlink(this IContainer container, string url) => Wrap(container, m => new LinkElement(m, url, null));

    /// <summary>Makes the content a link to a named section.</summary>
    /// <param name="container">The container.</param>
    /// <param name="name">The name given to <see cref="Section"/>.</param>
    public static IContainer SectionLink(this IContainer container, string name) => Wrap(container, m => new LinkElement(m, null, name));

    /// <summary>Hands the container to a method that composes its content (e.g. a reusable header).</summary>
    /// <param name="container">The container.</param>
    /// <param name="compose">Composes the content.</param>
    public static void Element(this IContainer container, Action<IContainer> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        compose(container);
    }

    /// <summary>Hands the container to a component that composes its content.</summary>
    /// <param name="container">The container.</param>
    /// <param name="component">Composes the content.</param>
    public static void Component(this IContainer container, IComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        component.Compose(container);
    }

    /// <summary>Marks the content as a structure element of a tagged PDF (a list, a list item, a section…).</summary>
    /// <param name="container">The container.</param>
    /// <param name="tag">What the content is.</param>
    public static IContainer Semantic(this IContainer container, SemanticTag tag) =>
        Wrap(container, m => new SemanticElement(m, TagName(tag), null));

    /// <summary>Marks the content as a figure with an alternative text, which a screen reader reads instead of its drawing.</summary>
    /// <param name="container">The container.</param>
    /// <param name="alternativeText">What the figure shows, in words.</param>
    public static IContainer Figure(this IContainer container, string alternativeText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alternativeText);
        return Wrap(container, m => new SemanticElement(m, "Figure", alternativeText));
    }

    /// <summary>Marks the content as an artifact: decoration or repetition a screen reader skips.</summary>
    /// <param name="container">The container.</param>
    public static IContainer Artifact(this IContainer container) => Wrap(container, m => new SemanticElement(m, SemanticElement.ArtifactTag, null));

    internal static string TagName(SemanticTag tag) => tag switch
    {
        SemanticTag.Paragraph => "P",
        SemanticTag.Section => "Sect",
        SemanticTag.Division => "Div",
        SemanticTag.List => "L",
        SemanticTag.ListItem => "LI",
        SemanticTag.ListLabel => "Lbl",
        SemanticTag.ListBody => "LBody",
        SemanticTag.Caption => "Caption",
        SemanticTag.BlockQuote => "BlockQuote",
        _ => throw new ArgumentOutOfRangeException(nameof(tag)),
    };

    internal static Container Slot(IContainer container) =>
        container as Container ?? throw new ArgumentException("Containers come from the document builder.", nameof(container));

    private static Container Wrap(IContainer container, Func<DocumentModel, DecoratorElement> create)
    {
        var slot = Slot(container);
        return slot.Set(create(slot.Model)).Slot;
    }

    private static Container Pad(IContainer container, float left, float top, float right, float bottom) =>
        Wrap(container, m => new PaddingElement(m, left, top, right, bottom));

    private static Container Align(IContainer container, Horizontal horizontal, Vertical vertical) =>
        Wrap(container, m => new AlignmentElement(m, horizontal, vertical));

    private static Container Constrain(IContainer container, Action<ConstrainedElement> configure) =>
        Wrap(container, m =>
        {
            var element = new ConstrainedElement(m);
            configure(element);
            return element;
        });
}
