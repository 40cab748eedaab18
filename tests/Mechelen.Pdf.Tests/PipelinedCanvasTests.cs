using Mechelen.Pdf.Canvas;
using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Tests;

public class PipelinedCanvasTests
{
    [Fact]
    public void CallsReachTheTargetInOrder_AndTheCurrentTagIsKnownAtOnce()
    {
        var target = new RecordingCanvas();
        var font = Fonts.Catalog.Primary(null, false, false);
        var tags = new List<string?>();
        using (var pipeline = new PipelinedCanvas(target))
        {
            for (var page = 1; page <= 3; page++)
            {
                pipeline.BeginPage(PageSize.A4);
                pipeline.Translate(10, 20);
                pipeline.BeginTag("P", null, new Size(100, 20));
                tags.Add(pipeline.CurrentTag);
                pipeline.DrawText($"page {page}", font, 10, Rgb.Black, 5, 8);
                pipeline.EndTag();
                tags.Add(pipeline.CurrentTag);
                pipeline.DrawLine(0, 0, 50, 0, 1, Rgb.Black);
            }

            pipeline.Complete();
        }

        Assert.Equal(["P", null, "P", null, "P", null], tags);
        Assert.Equal(
            Enumerable.Range(1, 3).SelectMany(p => new[] { (p, "tag", "P"), (p, "text", $"page {p}"), (p, "end-tag", "P"), (p, "line", (string?)null) }),
            target.Calls.Select(c => (c.Page, c.Kind, c.Text)));
        Assert.Equal((15f, 28f), (target.Texts.Last().X, target.Texts.Last().Y));
    }

    [Fact]
    public void AnErrorOfTheTarget_IsRethrownByComplete()
    {
        using var pdf = new PdfSharp.Pdf.PdfDocument();
        using var target = new PdfSharpCanvas(pdf);
        using var pipeline = new PipelinedCanvas(target);
        pipeline.DrawText("before any page", Fonts.Catalog.Primary(null, false, false), 10, Rgb.Black, 0, 0);

        var error = Assert.Throws<InvalidOperationException>(pipeline.Complete);
        Assert.Contains("No page", error.Message);
    }
}
