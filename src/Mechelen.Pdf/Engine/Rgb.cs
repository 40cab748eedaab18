using System.Globalization;

namespace Mechelen.Pdf.Engine;

/// <summary>A colour parsed from "#RRGGBB" or "#AARRGGBB".</summary>
internal readonly record struct Rgb(byte R, byte G, byte B, byte A = 255)
{
    public static Rgb Black { get; } = new(0, 0, 0);

    public static Rgb Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var s = hex.StartsWith('#') ? hex[1..] : hex;
        if ((s.Length != 6 && s.Length != 8) || !uint.TryParse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new ArgumentException($"Colour '{hex}' is not of the form #RRGGBB or #AARRGGBB.", nameof(hex));
        }

        var a = s.Length == 8 ? (byte)(v >> 24) : (byte)255;
        return new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v, a);
    }
}
