using System.Text.RegularExpressions;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mechelen.Pdf.Tests;

/// <summary>Whatever text people type reaches the report: every element lays it out and draws it without throwing.</summary>
public sealed partial class HostileTextTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "nul", "before\0after" },
        { "vertical tab", "line\vbreak" },
        { "controls", "bell\u0007 escape\u001B delete\u007F next\u0085line" },
        { "noncharacters", "a\uFFFE b\uFFFF c\uFDD0 d\U0001FFFE" },
        { "half a pair", "high \uD800 low \uDC00 end \uD83D" },
        { "emoji", "Emoji 😀👍🏽 👨‍👩‍👧 🏳️‍🌈" },
        { "combining marks", "a" + new string('\u0301', 4000) },
        { "long word", new string('w', 4000) },
        { "bidi", "\u202Egnp.exe\u202C \u2066isolate\u2069" },
        { "arabic", "ينبغي للمدن أن تضمن حصول جميع المهاجرين على الخدمات" },
        { "cjk", "城市移民治理应包括所有居民" },
        { "zero width", "\u200B\u200D\uFEFF soft\u00ADhyphen" },
        { "markup", "<script>alert('x')</script> \" onmouseover=\"alert(1)" },
    };

    [Theory]
    [MemberData(nameof(Texts), DisableDiscoveryEnumeration = true)]
    public void AnyText_GoesIntoEveryElement_AndThePdfOpens(string kind, string text)
    {
        // A header and footer repeat on every page, so the report puts only short texts there (an event's name has at most 300 characters).
        var title = text.Length > 300 ? text[..300] : text;
        var bytes = Document.Create(doc => doc.Metadata(m => m.Title(text).Author(text).Subject(text).Keywords(text)).Page(page =>
        {
            page.Header().Text(title);
            page.Foreground().Watermark(text);
            page.Footer().Text(t =>
            {
                t.Span(title);
                t.CurrentPage();
            });
            page.Content().Column(col =>
            {
                col.Item().TableOfContents();
                col.Item().Heading(1, text);
                col.Item().Heading(2, text + " 2");
                col.Item().Section(text).Text(text);
                col.Item().SectionLink(text).Text(text);
                col.Item().Hyperlink("https://example.org/?q=" + text).Text(text);
                col.Item().Text(t =>
                {
                    t.Justify();
                    t.Span("before ");
                    t.Span(text).Bold();
                });
                col.Item().BarChart([new BarChartItem(text, 3), new BarChartItem("b", 1)]);
                col.Item().Table(t =>
                {
                    t.Columns(c =>
                    {
                        c.Constant(40);
                        c.Relative(1);
                    });
                    t.Cell().Text(text);
                    t.Cell().Text(text);
                });
            });
        })).GeneratePdf();

        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 1, kind);
    }

    [Fact]
    public void AHeadingLongerThanAPage_IsCutInTheContents_AndWholeInTheOutline()
    {
        var title = "Heading " + new string('w', 3990);
        var bytes = Document.Create(doc => doc.Page(page => page.Content().Column(col =>
        {
            col.Item().TableOfContents();
            col.Item().Heading(1, title);
        }))).GeneratePdf();

        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(title, bookmarks.Roots.Single().Title);
        var contents = Spaces().Replace(string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)), "");
        Assert.Contains("Heading" + new string('w', 200), contents);
        Assert.Contains("\u2026", contents);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
