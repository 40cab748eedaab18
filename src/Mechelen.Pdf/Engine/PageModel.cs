namespace Mechelen.Pdf.Engine;

/// <summary>One page set: size, margins, default style and its layers.</summary>
internal sealed class PageModel(DocumentModel model)
{
    public PageSize Size { get; set; } = PageSize.A4;

    public float MarginLeft { get; set; } = 50;

    public float MarginTop { get; set; } = 50;

    public float MarginRight { get; set; } = 50;

    public float MarginBottom { get; set; } = 50;

    public TextStyle DefaultStyle { get; set; } = TextStyle.Default;

    public Container Background { get; } = new(model);

    public Container Foreground { get; } = new(model);

    public Container Header { get; } = new(model);

    public Container Content { get; } = new(model);

    public Container Footer { get; } = new(model);

    public IEnumerable<Container> Layers => [Background, Header, Content, Footer, Foreground];
}
