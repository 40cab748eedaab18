using Mechelen.Pdf.Canvas;

namespace Mechelen.Pdf.Tests;

/// <summary>The rules a sent document needs: no heading ends a page, rows stay whole, headers repeat, structure is tagged; and the measure cache.</summary>
public class PagingRulesTests
{
    private static readonly TextStyle Mono = TextStyle.Default.FontFamily("DejaVu Sans Mono").FontSize(10).LineHeight(1.2f);

    private static Document Create(float width, float height, Action<IContainer> content) =>
        Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PageSize(width, height));
            page.Margin(0);
            page.DefaultTextStyle(Mono);
            content(page.Content());
        }));

    private static RecordingCanvas Record(float width, float height, Action<IContainer> content) => Create(width, height, content).Record();

    [Fact]
    public void NestedHeading_WhoseTextDoesNotFit_MovesToTheNextPageWithIt()
    {
        // 100 pt page: a 70 pt block leaves 30 pt, room for the 15 pt heading but not for the 3-line paragraph after it.
        var canvas = Record(200, 100, c => c.Column(col =>
        {
            col.Item().Height(70).Background("#CCCCCC");
            col.Item().Column(section =>
            {
                section.Item().Heading(2, "Heading").FontSize(10).LineHeight(1.2f);
                section.Item().Text("one\ntwo\nthree");
            });
        }));

        var heading = canvas.Texts.Single(t => t.Text == "Heading");
        Assert.Equal(2, heading.Page);
        Assert.Equal(2, canvas.Texts.Single(t => t.Text == "one").Page);
    }

    [Fact]
    public void Heading_FollowedByABlockTooTallForAnyPage_StaysWithItsFirstPart()
    {
        // Keeping them together is impossible: the heading stays and the long paragraph splits after it.
        var canvas = Record(200, 100, c => c.Column(col =>
        {
            col.Item().Heading(1, "Heading").FontSize(10).LineHeight(1.2f);
            col.Item().Text(string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}")));
        }));

        Assert.Equal(1, canvas.Texts.Single(t => t.Text == "Heading").Page);
        Assert.Equal(1, canvas.Texts.Single(t => t.Text == "line 1").Page);
    }

    [Fact]
    public void TableRows_KeptTogether_NeverSplit_AndTheHeaderRepeats()
    {
        var canvas = Record(200, 100, c => c.Table(t =>
        {
            t.ColumnsDefinition(d =>
            {
                d.ConstantColumn(40);
                d.RelativeColumn();
            });
            t.CellPadding(0);
            t.KeepRowsTogether();
            t.Header(h =>
            {
                h.Cell().Text("Id");
                h.Cell().Text("Text");
            });
            for (var i = 1; i <= 6; i++)
            {
                t.Cell().Text($"#{i}");
                t.Cell().Text($"a{i}\nb{i}\nc{i}");
            }
        }));

        for (var i = 1; i <= 6; i++)
        {
            var pages = canvas.Texts.Where(x => x.Text is { } s && s.EndsWith(i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).Select(x => x.Page).Distinct();
            Assert.Single(pages);
        }

        var headerPages = canvas.Texts.Where(x => x.Text == "Text").Select(x => x.Page).ToList();
        Assert.Equal(Enumerable.Range(1, canvas.Page), headerPages);
    }

    [Fact]
    public void TableRow_TallerThanAPage_Splits_AndRepeatsItsIdWhereItContinues()
    {
        var canvas = Record(200, 100, c => c.Table(t =>
        {
            t.ColumnsDefinition(d =>
            {
                d.ConstantColumn(40);
                d.RelativeColumn();
            });
            t.CellPadding(0);
            t.KeepRowsTogether();
            t.RepeatFirstCellWhenSplit();
            t.Cell().Text("#1");
            t.Cell().Text("short");
            t.Cell().Text("#7");
            t.Cell().Text(string.Join("\n", Enumerable.Range(1, 12).Select(i => $"line {i}")));
        }));

        var ids = canvas.Texts.Where(x => x.Text == "#7").Select(x => x.Page).ToList();
        Assert.Equal([1, 2], ids);
        Assert.Equal(2, canvas.Texts.Single(x => x.Text == "line 12").Page);
    }

    [Fact]
    public void Tags_HeadingsTablesAndRepeatedHeaders_AreRecordedInDrawingOrder()
    {
        var canvas = Record(200, 100, c => c.Column(col =>
        {
            col.Item().Heading(1, "Title").FontSize(10).LineHeight(1.2f);
            col.Item().Text("Body");
            col.Item().Table(t =>
            {
                t.ColumnsDefinition(d => d.RelativeColumn());
                t.CellPadding(0);
                t.Header(h => h.Cell().Text("Head"));
                for (var i = 1; i <= 8; i++)
                {
                    t.Cell().Text($"row {i}");
                }
            });
        }));

        var tags = canvas.Calls.Where(x => x.Kind is "tag" or "end-tag").Select(x => (x.Page, x.Kind == "tag" ? x.Text : "/" + x.Text)).ToList();
        Assert.Equal((1, "H1"), tags[0]);
        Assert.Equal((1, "/H1"), tags[1]);
        Assert.Equal((1, "P"), tags[2]);
        Assert.Equal((1, "Table"), tags[4]);
        Assert.Equal((1, "TR"), tags[5]);
        Assert.Equal((1, "TH"), tags[6]);
        // On page 2 the header row repeats as an artifact, and the table closes once.
        Assert.Contains((2, "Artifact"), tags);
        Assert.DoesNotContain((2, "TH"), tags);
        Assert.Single(tags, t => t.Item2 == "/Table");
    }

    [Fact]
    public void MeasureCache_DeepNesting_MeasuresOncePerSizeNotTwicePerLevel()
    {
        const int Depth = 16;
        var document = Create(200, 100, c =>
        {
            var container = c;
            for (var i = 0; i < Depth; i++)
            {
                container = container.KeepTogether().PaddingLeft(1);
            }

            container.Column(col =>
            {
                for (var i = 0; i < 12; i++)
                {
                    col.Item().Text($"line {i}");
                }
            });
        });

        document.Record();
        // Without the cache every level measures its child twice: 2^16 = 65,536 measures of the innermost column.
        Assert.InRange(document.Measures, 1, 2_000);
    }
}
