using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>A PNG or JPEG scaled to the available width (keeping its proportions), and down to a page's height if taller.</summary>
internal sealed class ImageElement(ImageData image, float maxHeight = float.PositiveInfinity) : Element
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var size = Fit(available, context);
        if (size.Height > available.Height + 0.01f)
        {
            context.ReportWrap(this, size, available);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(size.Width, size.Height);
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var size = Fit(available, context);
        context.Canvas.DrawImage(image, 0, 0, size.Width, size.Height);
    }

    public override string Describe() => $"Image {image.PixelWidth}×{image.PixelHeight} px";

    private Size Fit(Size available, LayoutContext context)
    {
        var ratio = image.PixelHeight / (float)image.PixelWidth;
        var width = float.IsFinite(available.Width) ? available.Width : image.PixelWidth * 0.75f;
        var height = width * ratio;
        if (height > maxHeight)
        {
            height = maxHeight;
            width = height / ratio;
        }

        var pageHeight = context.PageContent.Height;
        if (pageHeight > 0 && height > pageHeight)
        {
            height = pageHeight;
            width = height / ratio;
        }

        return new Size(width, height);
    }
}
