namespace Mechelen.Pdf.Engine;

/// <summary>A slot that holds at most one element; the public <see cref="IContainer"/> behind the fluent API.</summary>
internal sealed class Container(DocumentModel model) : IContainer
{
    public DocumentModel Model { get; } = model;

    public Element? Content { get; private set; }

    public Element Element => Content ?? EmptyElement.Instance;

    public T Set<T>(T element)
        where T : Element
    {
        if (Content is not null)
        {
            throw new InvalidOperationException(
                $"A container holds one child; it already holds a {Content.Describe()}. Use Column() to stack several elements.");
        }

        Content = element;
        return element;
    }
}

/// <summary>An element wrapping a single child container.</summary>
internal abstract class DecoratorElement(DocumentModel model) : Element
{
    public Container Slot { get; } = new(model);

    protected Element Child => Slot.Element;

    public override bool KeepWithNext => Child.KeepWithNext;

    public override void ResetPass() => Child.ResetPass();

    public override string Describe() => $"{base.Describe()} > {Child.Describe()}";
}
