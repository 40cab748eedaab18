namespace Mechelen.Pdf;

/// <summary>
/// A slot for one element. Decorators (padding, border, alignment…) return a new container for their child;
/// content (text, column, row, table, image…) ends the chain.
/// </summary>
#pragma warning disable CA1040 // A marker interface: the fluent API is made of extension methods on it.
public interface IContainer
#pragma warning restore CA1040
{
}
