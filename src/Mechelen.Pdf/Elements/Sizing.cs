namespace Mechelen.Pdf.Elements;

internal enum SizeKind
{
    Constant,
    Relative,
    Auto,
}

/// <summary>Shares a width among constant, relative and auto-sized parts.</summary>
internal static class Sizing
{
    public static float[] Widths(IReadOnlyList<(SizeKind Kind, float Value)> parts, float available, float spacing, Func<int, float> autoWidth)
    {
        var widths = new float[parts.Count];
        var fixedTotal = spacing * Math.Max(0, parts.Count - 1);
        var relativeTotal = 0f;
        for (var i = 0; i < parts.Count; i++)
        {
            var (kind, value) = parts[i];
            if (kind == SizeKind.Relative)
            {
                relativeTotal += value;
                continue;
            }

            widths[i] = kind == SizeKind.Constant ? value : autoWidth(i);
            fixedTotal += widths[i];
        }

        var share = relativeTotal > 0 ? Math.Max(0, available - fixedTotal) / relativeTotal : 0;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Kind == SizeKind.Relative)
            {
                widths[i] = parts[i].Value * share;
            }
        }

        return widths;
    }
}
