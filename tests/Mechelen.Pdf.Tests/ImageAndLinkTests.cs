using System.Buffers.Binary;
using System.IO.Compression;
using UglyToad.PdfPig;

namespace Mechelen.Pdf.Tests;

public class ImageAndLinkTests
{
    [Fact]
    public void Image_IsScaledToTheAvailableWidthKeepingItsProportions()
    {
        var png = Png(40, 20);
        var canvas = Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PageSize(300, 300));
            page.Margin(50);
            page.Content().Image(png);
        })).Record();

        var image = Assert.Single(canvas.Calls, c => c.Kind == "image");
        Assert.Equal((50f, 50f, 200f, 100f), (image.X, image.Y, image.Width, image.Height));

        using var pdf = PdfDocument.Open(Document.Create(doc => doc.Page(page => page.Content().Image(png))).GeneratePdf());
        Assert.Single(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void TableOfContentsEntries_LinkToNamedDestinations()
    {
        var bytes = Document.Create(doc => doc.Page(page => page.Content().Column(col =>
        {
            col.Item().TableOfContents();
            col.Item().PageBreak();
            col.Item().Heading(1, "Findings");
            col.Item().Text(t => t.SectionLink("back to findings", "heading-1"));
        }))).GeneratePdf();

        using var pdf = PdfDocument.Open(bytes);
        var links = pdf.GetPage(1).GetAnnotations().Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link).ToList();
        Assert.Single(links);
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.Contains("/Dests", raw);
        Assert.Contains("heading-1", raw);
    }

    [Fact]
    public void NoUsableFont_ThrowsNamingFamiliesAndFolders()
    {
        var catalog = new FontFiles.FontCatalog(["/nonexistent/fonts"], ["Nope Sans"]);

        var error = Assert.Throws<FontException>(() => catalog.Primary(null, false, false));
        Assert.Contains("Nope Sans", error.Message);
        Assert.Contains("/nonexistent/fonts", error.Message);
    }

    /// <summary>A minimal grey RGB PNG.</summary>
    private static byte[] Png(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        var raw = new byte[height * ((width * 3) + 1)];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = i % ((width * 3) + 1) == 0 ? (byte)0 : (byte)180;
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw);
        }

        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        stream.Write(sum);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
