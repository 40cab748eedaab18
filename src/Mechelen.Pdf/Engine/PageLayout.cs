using Mechelen.Pdf.Elements;

namespace Mechelen.Pdf.Engine;

/// <summary>Runs one layout pass: fills pages with the content of each page set until it is all drawn.</summary>
internal static class PageLayout
{
    private const int MaxPages = 10_000;

    public static int RunPass(IReadOnlyList<PageModel> pages, LayoutContext context)
    {
        context.PageNumber = 0;
        context.MeasureEpoch++;
        foreach (var page in pages)
        {
            foreach (var layer in page.Layers)
            {
                layer.Element.ResetPass();
            }
        }

        foreach (var page in pages)
        {
            bool more;
            do
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                more = DrawPage(page, context);
                context.PageDone?.Invoke(context.PageNumber);
            }
            while (more);
        }

        return context.PageNumber;
    }

    /// <summary>Draws one page; returns true when content remains for another page.</summary>
    private static bool DrawPage(PageModel page, LayoutContext context)
    {
        context.PageNumber++;
        if (context.PageNumber > MaxPages)
        {
            throw new LayoutException($"Layout stopped after {MaxPages} pages without finishing: an element keeps asking for a new page.");
        }

        context.MeasureEpoch++;
        context.DefaultStyle = page.DefaultStyle;
        var canvas = context.Canvas;
        canvas.BeginPage(page.Size);
        var width = page.Size.Width - page.MarginLeft - page.MarginRight;
        var height = page.Size.Height - page.MarginTop - page.MarginBottom;
        context.PageContent = new Size(width, height);

        var header = page.Header.Element.Measure(new Size(width, height), context);
        var footer = page.Footer.Element.Measure(new Size(width, height), context);
        var headerHeight = header.IsWrap ? 0 : header.Height;
        var footerHeight = footer.IsWrap ? 0 : footer.Height;
        var contentSize = new Size(width, Math.Max(0, height - headerHeight - footerHeight));
        context.PageContent = contentSize;

        context.ClearWrapReason();
        var plan = page.Content.Element.Measure(contentSize, context);
        if (plan.IsWrap)
        {
            throw new LayoutException(
                $"An element does not fit on an empty page (page {context.PageNumber}, content area {contentSize}): " +
                $"{context.WrapReason ?? page.Content.Element.Describe()}.");
        }

        // Layers and running headers and footers are artifacts: a screen reader reads the content only, in drawing order.
        var full = new Size(page.Size.Width, page.Size.Height);
        Draw(page.Background.Element, 0, 0, full, context, artifact: true);
        Draw(page.Header.Element, page.MarginLeft, page.MarginTop, new Size(width, headerHeight), context, artifact: true);
        Draw(page.Content.Element, page.MarginLeft, page.MarginTop + headerHeight, contentSize, context, artifact: false);
        Draw(page.Footer.Element, page.MarginLeft, page.Size.Height - page.MarginBottom - footerHeight, new Size(width, footerHeight), context, artifact: true);
        Draw(page.Foreground.Element, 0, 0, full, context, artifact: true);
        return plan.Kind == SpaceKind.Partial;
    }

    private static void Draw(Element element, float x, float y, Size size, LayoutContext context, bool artifact)
    {
        if (element is EmptyElement)
        {
            return;
        }

        context.Canvas.Translate(x, y);
        if (artifact)
        {
            context.Canvas.BeginTag(SemanticElement.ArtifactTag, null, size);
        }

        element.Draw(size, context);
        if (artifact)
        {
            context.Canvas.EndTag();
        }

        context.Canvas.Translate(-x, -y);
    }
}
