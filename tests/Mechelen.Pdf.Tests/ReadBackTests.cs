using System.Text.RegularExpressions;
using Mechelen.Pdf.Benchmarks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;

namespace Mechelen.Pdf.Tests;

public class ReadBackTests
{
    private static string Squash(string s) => Regex.Replace(s, @"\s+", string.Empty);

    [Fact]
    public void FiftyPageDocument_HasEveryParagraphOnceAndInOrder()
    {
        var paragraphs = Enumerable.Range(1, 420).Select(SampleReport.Paragraph).ToList();
        var bytes = Document.Create(doc => doc.Page(page =>
        {
            page.DefaultTextStyle(SampleReport.Body);
            page.Footer().AlignCenter().Text(t => t.CurrentPage());
            page.Content().Column(col =>
            {
                col.Spacing(6);
                foreach (var p in paragraphs)
                {
                    col.Item().Text(t =>
                    {
                        t.Justify();
                        t.Span(p);
                    });
                }
            });
        })).GeneratePdf();

        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 50, $"expected at least 50 pages, got {pdf.NumberOfPages}");
        // The footer's page number sits between a split paragraph's halves in reading order: read the body only.
        var all = Squash(string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.StartBaseLine.Y > 66).Select(l => l.Value)));
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            var squashed = Squash(paragraph);
            var found = all.IndexOf(squashed, StringComparison.Ordinal);
            Assert.True(found >= at, $"'{paragraph[..20]}' missing or out of order");
            Assert.True(found == all.LastIndexOf(squashed, StringComparison.Ordinal), $"twice: {paragraph[..20]} at {found} and {all.LastIndexOf(squashed, StringComparison.Ordinal)}: {all.Substring(found, 60)}");
            at = found + squashed.Length;
        }
    }

    [Fact]
    public void AccentedLatinGreekAndCyrillic_RoundTrip()
    {
        string[] samples = ["Příliš žluťoučký kůň úpěl ďábelské ódy – Façade, naïve, Ærøskøbing", "Ελληνική Δημοκρατία και μετανάστευση", "Русский текст о миграции и городах"];
        var bytes = Document.Create(doc => doc.Page(page => page.Content().Column(col =>
        {
            foreach (var s in samples)
            {
                col.Item().Text(s);
            }
        }))).GeneratePdf();

        using var pdf = PdfPigDocument.Open(bytes);
        var text = Squash(pdf.GetPage(1).Text);
        foreach (var s in samples)
        {
            Assert.Contains(Squash(s), text);
        }
    }

    [Fact]
    public void TableOfContents_PrintsThePagesWhereHeadingsAre()
    {
        using var pdf = PdfPigDocument.Open(SampleReport.Create(8, draft: false).GeneratePdf());
        var pages = pdf.GetPages().Select(p => Squash(p.Text)).ToList();
        var contents = pages[0] + pages[1];
        var checkedEntries = 0;
        foreach (var title in new[] { "3.Housing", "5.Humanrights", "8.Righttothecityandhumanmobility" })
        {
            var match = Regex.Match(contents, Regex.Escape(title) + @"(\d+)\.");
            Assert.True(match.Success, $"contents lists {title}");
            var printed = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var actual = pages.FindIndex(2, p => p.Contains(title, StringComparison.Ordinal)) + 1;
            Assert.Equal(actual, printed);
            checkedEntries++;
        }

        Assert.Equal(3, checkedEntries);
    }

    [Fact]
    public void Outline_NestsHeadingsByLevel()
    {
        using var pdf = PdfPigDocument.Open(SampleReport.Create(3, draft: false).GeneratePdf());

        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.Select(r => r.Title).ToList();
        Assert.Equal(new[] { "1. Access to services", "2. Employment and decent work", "3. Housing" }, roots);
        var first = bookmarks.Roots[0];
        Assert.Equal(new[] { "1.1 Key recommendations", "1.2 Recommendations per governance area" }, first.Children.Select(c => c.Title));
        Assert.All(bookmarks.GetNodes().OfType<DocumentBookmarkNode>(), n => Assert.True(n.PageNumber >= 1));
    }

    [Fact]
    public void Footer_ShowsPageXOfYOnFirstAndLastPage()
    {
        using var pdf = PdfPigDocument.Open(SampleReport.Create(4, draft: false).GeneratePdf());
        var total = pdf.NumberOfPages;
        Assert.True(total > 3);
        Assert.Contains($"Page1of{total}", Squash(pdf.GetPage(1).Text));
        Assert.Contains($"Page{total}of{total}", Squash(pdf.GetPage(total).Text));
    }

    [Fact]
    public void Metadata_IsWrittenToTheDocument()
    {
        using var pdf = PdfPigDocument.Open(SampleReport.Create(1).GeneratePdf());

        Assert.Equal("Outcome report", pdf.Information.Title);
        Assert.Equal("Conference secretariat", pdf.Information.Author);
        Assert.Equal("Recommendations", pdf.Information.Subject);
        Assert.Equal("migration, cities, GCM", pdf.Information.Keywords);
        Assert.Contains("/Lang", System.Text.Encoding.Latin1.GetString(SampleReport.Create(1).GeneratePdf()));
    }

    [Fact]
    public void Hyperlink_AnnotationCoversTheLinkText()
    {
        var bytes = Document.Create(doc => doc.Page(page => page.Content().Text(t =>
        {
            t.Span("See ");
            t.Hyperlink("the compact", "https://example.org/gcm");
        }))).GeneratePdf();

        using var pdf = PdfPigDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var link = Assert.Single(page.GetHyperlinks());
        Assert.Equal("https://example.org/gcm", link.Uri);
        var c = page.Letters.First(l => l.Value == "c");
        Assert.True(link.Bounds.Left <= c.BoundingBox.Left && link.Bounds.Right >= c.BoundingBox.Right);
        Assert.True(link.Bounds.Bottom <= c.BoundingBox.Bottom && link.Bounds.Top >= c.BoundingBox.Top);
    }
}
