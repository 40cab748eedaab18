using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Mechelen.Reports.Tests;

/// <summary>The structure tree of a tagged PDF read back with PDFsharp: each element's type, depth and alternative text, in order.</summary>
public sealed record StructureNode(string Type, int Depth, string? Alt);

public static class StructureTree
{
    public static (List<StructureNode> Nodes, string? Language, bool Marked) Read(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var catalog = document.Internals.Catalog;
        var root = catalog.Elements.GetDictionary("/StructTreeRoot");
        var nodes = new List<StructureNode>();
        if (root is not null)
        {
            Walk(root, 0, nodes);
        }

        var marked = catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") ?? false;
        return (nodes, catalog.Elements.GetString("/Lang"), marked);
    }

    private static void Walk(PdfDictionary element, int depth, List<StructureNode> nodes)
    {
        var kids = element.Elements["/K"];
        var items = kids switch
        {
            PdfArray array => array.Elements.ToList(),
            null => [],
            _ => [kids],
        };
        foreach (var item in items)
        {
            var child = item is PdfReference reference ? reference.Value as PdfDictionary : item as PdfDictionary;
            if (child is null || !child.Elements.ContainsKey("/S"))
            {
                continue;
            }

            var type = child.Elements.GetName("/S").TrimStart('/');
            nodes.Add(new StructureNode(type, depth, child.Elements.ContainsKey("/Alt") ? child.Elements.GetString("/Alt") : null));
            Walk(child, depth + 1, nodes);
        }
    }
}
