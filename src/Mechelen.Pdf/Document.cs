namespace Mechelen.Pdf;

/// <summary>Placeholder entry point; the layout library is built out in its own change.</summary>
public static class Document
{
}
