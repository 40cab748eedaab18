using Mechelen.Pdf.Engine;
using PdfSharp.Drawing;

namespace Mechelen.Pdf;

/// <summary>Checks an image before it is stored for later documents, so a document never fails on it.</summary>
public static class Images
{
    /// <summary>The pixel size of a PNG or JPEG that the PDF writer can embed, or null when it is neither or cannot be read.</summary>
    /// <param name="image">The file's bytes.</param>
    public static (int Width, int Height)? TryReadSize(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        try
        {
            var data = new ImageData(image);
            using var stream = new MemoryStream(image, writable: false);
            using var decoded = XImage.FromStream(stream);
            return decoded.PixelWidth > 0 && decoded.PixelHeight > 0 ? (data.PixelWidth, data.PixelHeight) : null;
        }
#pragma warning disable CA1031 // Any failure to decode means "not an image we can embed"; the caller reports it to the uploader.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
