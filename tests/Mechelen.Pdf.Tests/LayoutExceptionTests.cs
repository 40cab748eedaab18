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
        Assert.Contains("Constrained", error.Message);
        Assert.Contains("500", error.Message);
        Assert.Contains("160", error.Message);
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
