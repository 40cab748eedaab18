namespace Mechelen.Pdf;

/// <summary>One bar of a <see cref="ContentExtensions.BarChart"/>.</summary>
/// <param name="Label">Shown left of the bar.</param>
/// <param name="Value">The bar length is proportional to it; shown right of the bar.</param>
public sealed record BarChartItem(string Label, double Value);

/// <summary>Colours and sizes of a bar chart.</summary>
public sealed record BarChartOptions
{
    /// <summary>Bar colour.</summary>
    public string BarColor { get; init; } = "#1F4E79";

    /// <summary>Colour of the empty part of each bar's track; null for none.</summary>
    public string? TrackColor { get; init; } = "#E8ECF1";

    /// <summary>Bar thickness in points.</summary>
    public float BarThickness { get; init; } = 9;

    /// <summary>Width of the label column in points; long labels wrap.</summary>
    public float LabelWidth { get; init; } = 170;

    /// <summary>Width of the value column in points.</summary>
    public float ValueWidth { get; init; } = 32;

    /// <summary>Space between rows in points.</summary>
    public float Spacing { get; init; } = 4;

    /// <summary>.NET format string for the values.</summary>
    public string ValueFormat { get; init; } = "0";

    /// <summary>Style of labels and values.</summary>
    public TextStyle LabelStyle { get; init; } = TextStyle.Default;
}
