using System.Buffers.Binary;

namespace Mechelen.Pdf.Engine;

/// <summary>A PNG or JPEG image and its pixel size, read from the file header.</summary>
internal sealed class ImageData
{
    public ImageData(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Bytes = bytes;
        (PixelWidth, PixelHeight) = ReadSize(bytes);
    }

    public byte[] Bytes { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    private static (int Width, int Height) ReadSize(byte[] b)
    {
        if (b.Length > 24 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G')
        {
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(16)), (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(20)));
        }

        if (b.Length > 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            var i = 2;
            while (i + 9 < b.Length)
            {
                if (b[i] != 0xFF)
                {
                    i++;
                    continue;
                }

                var marker = b[i + 1];
                int length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2));
                if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
                {
                    return (BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5)));
                }

                i += 2 + length;
            }
        }

        throw new ArgumentException("The image is neither a PNG nor a JPEG file.", nameof(b));
    }
}
