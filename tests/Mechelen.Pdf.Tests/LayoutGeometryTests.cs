using Mechelen.Pdf.Canvas;

namespace Mechelen.Pdf.Tests;

public class LayoutGeometryTests
{
    private static readonly TextStyle Mono = TextStyle.Default.FontFamily("DejaVu Sans Mono").FontSize(10).LineHeight(1.2f);

    private static RecordingCanvas Record(float width, float height, Action<IContainer> content) =>
        Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PageSize(width, height));
            page.Margin(0);
            page.DefaultTextStyle(Mono);
            content(page.Content());
        })).Record();

    private static List<DrawCall> Fills(RecordingCanvas canvas) => canvas.Calls.Where(c => c.Kind == "fill").ToList();

    [Fact]
    public void Column_BlocksThatOverflow_ContinueOnNextPageWithSpacing()
    {
        var canvas = Record(100, 140, c => c.Column(col =>
        {
            col.Spacing(10);
            foreach (var h in new[] { 30f, 20, 40, 60 })
            {
                col.Item().Height(h).Background("#CCCCCC");
            }
        }));

        var fills = Fills(canvas);
        Assert.Equal(new[] { (1, 0f, 30f), (1, 40f, 20f), (1, 70f, 40f), (2, 0f, 60f) }, fills.Select(f => (f.Page, f.Y, f.Height)));
    }

    [Fact]
    public void Row_ConstantAndRelativeItems_ShareTheRemainingWidth()
    {
        var canvas = Record(300, 100, c => c.Row(row =>
        {
            row.Spacing(10);
            row.ConstantItem(50).Height(10).Background("#111111");
            row.RelativeItem(1).Height(10).Background("#222222");
            row.RelativeItem(2).Height(10).Background("#333333");
        }));

        var fills = Fills(canvas);
        Assert.Equal(3, fills.Count);
        Assert.Equal(0, fills[0].X, 2);
        Assert.Equal(50, fills[0].Width, 2);
        Assert.Equal(60, fills[1].X, 2);
        Assert.Equal(230f / 3, fills[1].Width, 2);
        Assert.Equal(60 + (230f / 3) + 10, fills[2].X, 2);
        Assert.Equal(230f * 2 / 3, fills[2].Width, 2);
    }

    [Fact]
    public void Row_AutoItem_TakesTheWidthOfItsText()
    {
        var canvas = Record(300, 100, c => c.Row(row =>
        {
            row.AutoItem().Text("abcde");
            row.RelativeItem().Height(10).Background("#222222");
        }));

        var fill = Fills(canvas).Single();
        Assert.Equal(5 * 6.02, fill.X, 1);
    }

    [Fact]
    public void Table_SpanningTwoPages_RepeatsItsHeader()
    {
        var canvas = Record(200, 200, c => c.Table(t =>
        {
            t.ColumnsDefinition(d =>
            {
                d.ConstantColumn(40);
                d.RelativeColumn();
            });
            t.CellPadding(2);
            t.Header(h =>
            {
                h.Cell().Text("No");
                h.Cell().Text("Name");
            });
            for (var i = 1; i <= 12; i++)
            {
                t.Cell().Text($"{i}");
                t.Cell().Height(20).Text($"Row {i}");
            }
        }));

        var headers = canvas.Texts.Where(t => t.Text == "Name").ToList();
        Assert.Equal(new[] { 1, 2 }, headers.Select(h => h.Page));
        var firstOnPage2 = canvas.Texts.Where(t => t.Page == 2 && t.Text!.StartsWith("Row", StringComparison.Ordinal)).First();
        Assert.True(firstOnPage2.Y > headers[1].Y, "rows on page 2 come below the repeated header");
        Assert.Equal(12, canvas.Texts.Count(t => t.Text!.StartsWith("Row", StringComparison.Ordinal)));
    }

    [Fact]
    public void KeepTogether_BlockThatWouldSplit_MovesToNextPage()
    {
        var canvas = Record(100, 140, c => c.Column(col =>
        {
            col.Spacing(10);
            col.Item().Height(80).Background("#111111");
            col.Item().KeepTogether().Column(inner =>
            {
                inner.Item().Height(30).Background("#222222");
                inner.Item().Height(30).Background("#333333");
            });
        }));

        var fills = Fills(canvas);
        Assert.Equal(new[] { (1, 0f), (2, 0f), (2, 30f) }, fills.Select(f => (f.Page, f.Y)));
    }

    [Fact]
    public void Text_KnownWidth_BreaksAtWordsAndSplitsLongWords()
    {
        // DejaVu Sans Mono advances 0.602 em: 16 characters of 10 pt fit in 100 pt.
        var canvas = Record(100, 200, c => c.Text("aaaa bbbb cccc dddd eeee abcdefghijklmnopqrstuvwxyz"));

        var lines = canvas.Texts.Select(t => t.Text).ToList();
        Assert.Equal(new[] { "aaaa bbbb cccc", "dddd eeee", "abcdefghijklmnop", "qrstuvwxyz" }, lines);
        var baselines = canvas.Texts.Select(t => t.Y).ToList();
        Assert.Equal(12, baselines[1] - baselines[0], 2);
    }

    [Fact]
    public void Text_Justified_FillsTheWidthExceptTheLastLine()
    {
        var canvas = Record(100, 200, c => c.Text(t =>
        {
            t.Justify();
            t.Span("aaaa bbbb cccc dddd eeee");
        }));

        var words = canvas.Texts.ToList();
        Assert.Equal(new[] { "aaaa", "bbbb", "cccc", "dddd eeee" }, words.Select(w => w.Text));
        Assert.Equal(0, words[0].X, 2);
        Assert.Equal(100, words[2].X + words[2].Width, 2);
        Assert.Equal(50 - (4 * 6.02 / 2), words[1].X, 1);
        Assert.Equal(0, words[3].X, 2);
    }

    [Fact]
    public void Text_ParagraphSplitAcrossPages_KeepsTwoLinesOnEachSide()
    {
        // 12 pt lines: a 50 pt page holds four lines; five lines split 3 + 2, never 4 + 1.
        var canvas = Record(100, 50, c => c.Text("l1 x\nl2 x\nl3 x\nl4 x\nl5 x"));

        var pages = canvas.Texts.Select(t => (t.Page, t.Text!)).ToList();
        Assert.Equal(new[] { (1, "l1 x"), (1, "l2 x"), (1, "l3 x"), (2, "l4 x"), (2, "l5 x") }, pages);
    }

    [Fact]
    public void ShowOnceAndShowIf_DrawOnlyWhereAsked()
    {
        var canvas = Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PageSize(100, 100));
            page.Margin(0);
            page.DefaultTextStyle(Mono);
            page.Header().ShowOnce().Text("once");
            page.Content().Column(col =>
            {
                col.Item().ShowIf(false).Text("hidden");
                col.Item().Height(60).Background("#111111");
                col.Item().Height(60).Background("#222222");
            });
        })).Record();

        Assert.Single(canvas.Texts, t => t.Text == "once" && t.Page == 1);
        Assert.DoesNotContain(canvas.Texts, t => t.Text == "hidden");
        Assert.Equal(2, canvas.Page);
    }

    [Fact]
    public void PageBreak_StartsANewPage()
    {
        var canvas = Record(100, 100, c => c.Column(col =>
        {
            col.Item().Text("one");
            col.Item().PageBreak();
            col.Item().Text("two");
        }));

        Assert.Equal(new[] { (1, "one"), (2, "two") }, canvas.Texts.Select(t => (t.Page, t.Text!)));
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void TableRowThatDoesNotFit_SplitsOrMovesWhole(bool keepRowsTogether, int pageOfLastLine)
    {
        // 12 pt lines, 4 pt padding: row 1 takes 32 pt of 100; row 2 has six lines (80 pt), of which four fit.
        var canvas = Record(100, 100, c => c.Table(t =>
        {
            t.ColumnsDefinition(d => d.RelativeColumn());
            t.KeepRowsTogether(keepRowsTogether);
            t.Cell().Text("a\nb");
            t.Cell().Text("r1\nr2\nr3\nr4\nr5\nr6");
        }));

        Assert.Equal(1, canvas.Texts.Single(x => x.Text == "a").Page);
        Assert.Equal(pageOfLastLine, canvas.Texts.Single(x => x.Text == "r2").Page);
        Assert.Equal(2, canvas.Texts.Single(x => x.Text == "r6").Page);
    }
}
