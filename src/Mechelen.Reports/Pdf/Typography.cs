using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf;

/// <summary>The report's one typography and palette: every component takes its styles from here.</summary>
internal static class Typography
{
    public const string Accent = "#1F4E79";
    public const string Ink = "#1B1F24";
    public const string Muted = "#5B6573";
    public const string Rule = "#BFC5CE";
    public const string Panel = "#EEF2F6";
    public const string HeaderFill = "#DCE3EC";
    public const string Zebra = "#F4F6F9";
    public const string DraftColor = "#9A5B00";
    public const string FinalColor = "#1F7A45";

    /// <summary>Heat-map shades of the matrix, lightest to darkest (step 1–4); text on the two darkest is white.</summary>
    public static readonly string[] Shades = ["#DCE8F4", "#A9C6E3", "#5E93C6", "#1F4E79"];

    public static TextStyle Body { get; } = TextStyle.Default.FontSize(9.5f).LineHeight(1.3f).FontColor(Ink);

    public static TextStyle Small { get; } = TextStyle.Default.FontSize(8f).FontColor(Muted);

    public static TextStyle Label { get; } = TextStyle.Default.FontSize(9f).Bold().FontColor(Muted);

    public static TextStyle Strong { get; } = TextStyle.Default.Bold();

    public static TextStyle Number { get; } = TextStyle.Default.Bold().FontColor(Accent);

    public static TextStyle Heading1 { get; } = TextStyle.Default.FontSize(17).FontColor(Accent);

    public static TextStyle Heading2 { get; } = TextStyle.Default.FontSize(13).FontColor(Accent);

    public static TextStyle Heading3 { get; } = TextStyle.Default.FontSize(10.5f).FontColor(Ink);

    public static TextStyle CoverEyebrow { get; } = TextStyle.Default.FontSize(11).Bold().FontColor(Accent);

    public static TextStyle CoverTitle { get; } = TextStyle.Default.FontSize(26).Bold().LineHeight(1.15f).FontColor("#12263A");

    public static TextStyle CoverSubtitle { get; } = TextStyle.Default.FontSize(13).FontColor(Muted);

    public static TextStyle CoverLead { get; } = TextStyle.Default.FontSize(12).LineHeight(1.35f);

    public static TextStyle Cell { get; } = TextStyle.Default.FontSize(8.5f);

    public static TextStyle CellSmall { get; } = TextStyle.Default.FontSize(8f);

    public static TextStyle Empty { get; } = TextStyle.Default.Italic().FontColor(Muted);

    public static void Heading(ColumnDescriptor col, int level, string text) =>
        col.Item().PaddingTop(level == 1 ? 0 : 8).Heading(level, text).Style(level switch { 1 => Heading1, 2 => Heading2, _ => Heading3 });

    /// <summary>A line saying a section has nothing to show, so it never vanishes or shows an empty table.</summary>
    public static void EmptyNote(ColumnDescriptor col, string text) => col.Item().Text(text).Style(Empty);

    /// <summary>Text written by people (foreword, summaries): a blank line starts a new paragraph.</summary>
    public static void Paragraphs(ColumnDescriptor col, string text, TextStyle? style = null)
    {
        foreach (var paragraph in text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            col.Item().Text(paragraph).Style(style ?? TextStyle.Default);
        }
    }

    public static void TableLook(TableDescriptor t)
    {
        t.Border(0.5f, Rule);
        t.HeaderBackground(HeaderFill);
        t.ZebraBackground(Zebra);
        t.CellPadding(4);
        t.KeepRowsTogether();
        t.RepeatFirstCellWhenSplit();
    }
}
