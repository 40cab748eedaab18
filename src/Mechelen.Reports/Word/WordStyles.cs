using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mechelen.Reports.Word;

/// <summary>The Word document's styles (Word's own Normal, Title and Heading 1–3, so its navigation and contents work) and its list numbering.</summary>
internal static class WordStyles
{
    public static void Add(MainDocumentPart main, string language)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans", ComplexScript = "DejaVu Sans", EastAsia = "DejaVu Sans" },
                    new FontSize { Val = "19" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, null, isDefault: true),
            Paragraph("Title", "Title", new RunProperties(new Bold(), new Color { Val = "12263A" }, new FontSize { Val = "52" }), null),
            Paragraph("Subtitle", "Subtitle", new RunProperties(new Color { Val = WordWriter.Muted }, new FontSize { Val = "26" }), null),
            Heading(1, "34", WordWriter.Accent),
            Heading(2, "26", WordWriter.Accent),
            Heading(3, "21", "1B1F24"),
            Paragraph("Small", "Small", new RunProperties(new Color { Val = WordWriter.Muted }, new FontSize { Val = "16" }), null),
            Paragraph("TableText", "Table text", new RunProperties(new FontSize { Val = "17" }), new ParagraphProperties(new SpacingBetweenLines { After = "0" })),
            Paragraph("ListParagraph", "List Paragraph", null, new ParagraphProperties(new Indentation { Left = "567", Hanging = "567" })),
            new Style(
                new StyleName { Val = "Report Table" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "BFC5CE" }),
                    new TableCellMarginDefault(new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                        new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "ReportTable" });

        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Numbering(
            new AbstractNum(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }),
                new NumberingSymbolRunProperties(new Bold(), new Color { Val = WordWriter.Accent }))
            { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
    }

    private static Style Paragraph(string id, string name, RunProperties? run, ParagraphProperties? paragraph, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" });
        }

        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.Elements().Select(e => e.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(new StyleRunProperties(run.Elements().Select(e => e.CloneNode(true))));
        }

        return style;
    }

    // "heading 1" is the name Word knows: its navigation pane, outline and contents field use these styles.
    private static Style Heading(int level, string halfPoints, string color) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = "120" },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = halfPoints }))
    {
        Type = StyleValues.Paragraph,
        StyleId = $"Heading{level}",
    };
}
