using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Mechelen.Pdf.Canvas;

/// <summary>
/// Keeps PDFsharp's structure parent tree short while drawing. For every marked content it starts, PDFsharp's
/// structure builder looks up the current page's entry by scanning the whole flat /Nums array of the parent tree,
/// two entries per page so far: drawing a 2,400-page report spent most of its time in that scan. Entries of
/// finished pages are never looked up again (PDFsharp only draws on the current page), so they are set aside at
/// each new page and put back, in key order, before saving.
/// </summary>
internal sealed class ParentTree(UAManager manager)
{
    private readonly List<PdfItem> _finished = [];

    public void SetAsideFinishedPages()
    {
        var nums = Nums();
        _finished.AddRange(nums.Elements);
        nums.Elements.Clear();
    }

    public void Restore()
    {
        var nums = Nums();
        var current = nums.Elements.ToList();
        nums.Elements.Clear();
        foreach (var item in _finished.Concat(current))
        {
            nums.Elements.Add(item);
        }

        _finished.Clear();
    }

    private PdfArray Nums()
    {
        var root = manager.StructureTreeRoot.Elements.GetDictionary("/ParentTree")
            ?? throw new InvalidOperationException("The structure tree has no parent tree.");
        var nums = root.Elements.GetArray("/Nums");
        if (nums is null)
        {
            nums = new PdfArray();
            root.Elements.SetObject("/Nums", nums);
        }

        return nums;
    }
}
