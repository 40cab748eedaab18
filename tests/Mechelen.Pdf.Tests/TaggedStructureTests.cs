using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Mechelen.Pdf.Tests;

public class TaggedStructureTests
{
    [Fact]
    public void ParentTree_HasOneEntryPerPage_InKeyOrder_MappingEachMarkedContentToItsElement()
    {
        var bytes = Document.Create(doc => doc.Tagged().Page(page =>
        {
            page.Size(new PageSize(300, 200));
            page.Margin(20);
            page.Header().Text("Running header");
            page.Content().Column(col =>
            {
                for (var i = 0; i < 40; i++)
                {
                    col.Item().Semantic(SemanticTag.Paragraph).Text($"Paragraph {i} of a tagged document that runs over several pages.");
                }
            });
        })).GeneratePdf();

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(pdf.PageCount >= 4);
        var root = pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        var keys = Enumerable.Range(0, nums.Elements.Count / 2).Select(i => ((PdfInteger)nums.Elements[2 * i]).Value).ToList();
        Assert.Equal(Enumerable.Range(0, pdf.PageCount), keys);
        for (var p = 0; p < pdf.PageCount; p++)
        {
            var page = pdf.Pages[p];
            var index = keys.IndexOf(page.Elements.GetInteger("/StructParents"));
            var parents = (PdfArray)nums.Elements[(2 * index) + 1];
            Assert.NotEmpty(parents.Elements);
            for (var mcid = 0; mcid < parents.Elements.Count; mcid++)
            {
                var element = (PdfDictionary)((PdfReference)parents.Elements[mcid]).Value;
                Assert.Contains(mcid, MarkedContentOn(element, page));
            }
        }
    }

    // The marked-content ids an element holds on a page: integers on the element's own page, references elsewhere;
    // /K is one kid or an array of them.
    private static IEnumerable<int> MarkedContentOn(PdfDictionary element, PdfPage page)
    {
        var onItsPage = element.Elements.GetReference("/Pg")?.ObjectID == page.Reference?.ObjectID;
        IEnumerable<PdfItem> kids = element.Elements["/K"] switch
        {
            PdfArray array => array.Elements,
            null => [],
            var single => [single],
        };
        foreach (var kid in kids)
        {
            if (kid is PdfInteger id && onItsPage)
            {
                yield return id.Value;
            }
            else if (kid is PdfDictionary reference && reference.Elements.GetReference("/Pg")?.ObjectID == page.Reference?.ObjectID)
            {
                yield return reference.Elements.GetInteger("/MCID");
            }
        }
    }
}
