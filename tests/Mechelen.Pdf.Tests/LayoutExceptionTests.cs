namespace Mechelen.Pdf.Tests;

public class LayoutExceptionTests
{
    private static Document Page(Action<IContainer> content) => Document.Create(doc => doc.Page(page =>
    {
        page.Size(new PageSize(200, 200));
        page.Margin(20);
        content(page.Content());
    }));

    [Fact]
    public void BlockTallerThanAPage_ThrowsNamingTheSpaceNeeded()
    {
        var document = Page(c => c.Column(col =>
        {
            col.Item().Text("intro");
            col.Item().Height(500).Background("#EEEEEE");
        }));

        var error = Assert.Throws<LayoutException>(() => document.GeneratePdf());
        Assert.Equal(
            "An element does not fit on an empty page (page 2, content area 160 × 160 pt): " +
            "Fixed-size box (any width, height 500) > Background > Empty needs 160 × 500 pt but only 160 × 160 pt is available.",
            error.Message);
    }

    [Fact]
    public void RowWiderThanThePage_ThrowsInsteadOfTruncating()
    {
        var document = Page(c => c.Row(row =>
        {
            row.ConstantItem(300).Text("too wide");
        }));

        var error = Assert.Throws<LayoutException>(() => document.GeneratePdf());
        Assert.Contains("Row", error.Message);
        Assert.Contains("300", error.Message);
    }

    [Fact]
    public void TextLineTallerThanThePage_ThrowsNamingTheText()
    {
        var document = Page(c => c.Text("Enormous").FontSize(300));

        var error = Assert.Throws<LayoutException>(() => document.GeneratePdf());
        Assert.Contains("Enormous", error.Message);
    }
}
