using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Mechelen.Reports.Building;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Word;

/// <summary>
/// The outcome report as a Word document with the PDF's content, for the secretariat's last edits: Word's heading
/// styles, a contents field, numbered key messages, real tables (header rows repeat, rows never split), the
/// chart as an image, and DRAFT in the page header while the report is a draft.
/// </summary>
public static class OutcomeReportWord
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Generate(OutcomeReport report)
    {
        using var stream = new MemoryStream();
        Generate(report, stream);
        return stream.ToArray();
    }

    public static void Generate(OutcomeReport report, Stream stream) => Generate(report, stream, null, CancellationToken.None);

    /// <summary>
    /// Writes the document to <paramref name="stream"/>, telling <paramref name="percent"/> how far it has come (0–100,
    /// rising, 100 once written) after each chapter; stops between chapters when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static void Generate(OutcomeReport report, Stream stream, IProgress<int>? percent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            Write(document, report, percent, cancellationToken);
        }

        percent?.Report(100);
    }

    private static void Write(WordprocessingDocument document, OutcomeReport report, IProgress<int>? percent, CancellationToken cancellationToken)
    {
        var t = report.Text;
        document.PackageProperties.Title = WordWriter.XmlSafe(report.Title);
        document.PackageProperties.Creator = "Mechelen";
        document.PackageProperties.Subject = WordWriter.XmlSafe(t.Subject(report.Event.Purpose));
        document.PackageProperties.Language = t.LanguageTag;
        var main = document.AddMainDocumentPart();
        WordStyles.Add(main, t.LanguageTag);
        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(new UpdateFieldsOnOpen { Val = true });

        var w = new WordWriter(main);
        Cover(w, report);
        w.PageBreak();
        w.Text(t.Contents, "Title");
        w.Paragraph(null, [.. WordWriter.Field("TOC \\o \"1-2\" \\h \\z \\u", t.TocField)]);
        // Chapters weigh roughly as their rows do: the annex and the areas carry most of them.
        (Action<WordWriter, OutcomeReport> Write, int Done)[] chapters =
            [(Summary, 10), (Areas, 35), (Matrix, 40), (Sessions, 50), (Annexes, 80)];
        foreach (var (write, done) in chapters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            w.PageBreak();
            write(w, report);
            percent?.Report(done);
        }

        w.Body.Append(Section(main, report));
        main.Document = new Document(w.Body);
        main.Document.Save();
        percent?.Report(95);
    }

    private static SectionProperties Section(MainDocumentPart main, OutcomeReport report)
    {
        var t = report.Text;
        var header = main.AddNewPart<HeaderPart>();
        var headerParagraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Small" }),
            WordWriter.Run(report.Title + (report.Document.Symbol is { } symbol ? $"   {symbol}" : "") + "   "));
        headerParagraph.Append(WordWriter.Run(report.IsFinal ? t.StatusFinal : t.DraftWatermark, bold: true, color: report.IsFinal ? null : "9A5B00"));
        header.Header = new Header(headerParagraph);
        var footer = main.AddNewPart<FooterPart>();
        var footerParagraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Small" }, new Justification { Val = JustificationValues.Right }));
        var pattern = t.Get("PageOf");
        var page = pattern.IndexOf("{0}", StringComparison.Ordinal);
        var total = pattern.IndexOf("{1}", StringComparison.Ordinal);
        var from = 0;
        foreach (var (at, field) in new[] { (page, "PAGE"), (total, "NUMPAGES") }.OrderBy(p => p.Item1))
        {
            footerParagraph.Append(WordWriter.Run(pattern[from..at]));
            footerParagraph.Append(WordWriter.Field(field, "1"));
            from = at + 3;
        }

        footerParagraph.Append(WordWriter.Run(pattern[from..]));
        footer.Footer = new Footer(footerParagraph);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Right = 1134, Bottom = 1134, Left = 1134, Header = 567, Footer = 567, Gutter = 0 });
    }

    private static void Cover(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        var ev = report.Event;
        var doc = report.Document;
        if (doc.Logos.Count > 0)
        {
            var logos = new List<OpenXmlElement>();
            foreach (var logo in doc.Logos)
            {
                var (width, height) = Mechelen.Pdf.ContentExtensions.ImageSize(logo.Image);
                var scale = 52f / height;
                logos.Add(w.Image(logo.Image, Math.Min(width * scale, 150), Math.Min(width * scale, 150) / width * height, t.LogoAlt(logo.Name)));
                logos.Add(new Run(new TabChar()));
            }

            w.Paragraph(null, [.. logos]);
        }

        w.Paragraph(null, WordWriter.Run(t.OutcomeReportCaps, bold: true, color: WordWriter.Accent));
        w.Text(ev.Name, "Title");
        w.Text($"{ev.City}, {ev.Country} · {t.DateRange(ev.StartDate, ev.EndDate)}", "Subtitle");
        w.Text(t.InputTo(ev.Purpose));
        var facts = new List<IReadOnlyList<Cell>>
        {
            Fact(t.Symbol, doc.Symbol ?? "—"),
            Fact(t.DateOfIssue, doc.DateOfIssue is { } issued ? t.Date(issued) : t.DateOfIssueNotSet),
            Fact(t.Status, report.IsFinal ? t.StatusFinal : t.StatusDraft),
            Fact(t.Hosts, string.Join("\n", ev.Hosts)),
            Fact(t.Partners, string.Join("\n", ev.Partners)),
        };
        if (report.IsFiltered)
        {
            facts.Add(Fact(t.ScopeOfReport, string.Join("\n", report.FilterDescription)));
        }

        w.Table([120, 380], [], facts);
        w.Paragraph(null, WordWriter.Run(report.IsFinal
            ? t.FinalNotice(report.FinalizedBy ?? "", report.FinalizedAtLocal is { } at ? t.Date(at) : "")
            : t.DraftNotice, bold: true, color: report.IsFinal ? "1F7A45" : "9A5B00"));
        if (doc.Disclaimer is { } disclaimer)
        {
            w.Text(disclaimer, "Small");
        }

        static IReadOnlyList<Cell> Fact(string label, string value) => [new Cell(label, Bold: true, Color: WordWriter.Muted), new Cell(value)];
    }

    private static void Summary(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        var f = report.Figures;
        w.Heading(1, t.ExecutiveSummary);
        if (report.Document.Foreword is { } foreword)
        {
            foreach (var paragraph in Paragraphs(foreword))
            {
                w.Text(paragraph);
            }
        }

        var sentence = t.SummarySentence(t.Count(f.Captured, "Recommendation"), t.Count(f.Sessions, "Session"), t.Count(f.Rapporteurs, "Rapporteur"),
            t.Number(f.Validated), t.Number(f.Merged), t.Count(f.KeyRecommendations, "KeyRecommendation"));
        w.Text(f.Languages.Count > 0 ? sentence + " " + t.LanguagesSentence(string.Join(", ", f.Languages)) : sentence);
        w.Table([1, 1, 1, 1, 1, 1],
            [t.FigureCaptured, t.FigureValidated, t.FigureKeys, t.FigureSessions, t.FigureRapporteurs, t.FigureLanguages],
            [[.. new[] { f.Captured, f.Validated, f.KeyRecommendations, f.Sessions, f.Rapporteurs, f.Languages.Count }
                .Select(n => new Cell(t.Number(n), Bold: true, Center: true, Color: WordWriter.Accent))]], headerFill: "EEF2F6");

        w.Heading(2, t.ValidatedPerArea);
        if (report.ValidatedPerArea.Sum(a => a.Count) == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoneValidated, italic: true, color: WordWriter.Muted));
        }
        else
        {
            var alt = t.ChartAlt(string.Join("; ", report.ValidatedPerArea.Select(a => t.ChartValue($"{a.Number}. {a.Name}", t.Number(a.Count)))));
            var (png, width, height) = ChartImage.Draw(report.ValidatedPerArea, 480, t.Number);
            w.Paragraph(null, w.Image(png, width, height, alt));
        }

        w.Heading(2, t.KeyMessages);
        if (report.KeyMessages.Count == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoKeyMessages, italic: true, color: WordWriter.Muted));
            return;
        }

        w.Text(t.KeyMessagesIntro, "Small");
        foreach (var k in report.KeyMessages)
        {
            w.Numbered(WordWriter.Run(k.Wording), WordWriter.Run($" ({k.Number})", color: WordWriter.Muted));
        }
    }

    private static void Areas(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        w.Heading(1, t.ByArea);
        w.Text(t.ByAreaIntro, "Small");
        if (report.Areas.Count == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoAreas, italic: true, color: WordWriter.Muted));
        }

        foreach (var area in report.Areas)
        {
            w.Heading(2, $"{area.Number}. {area.Name}");
            w.Paragraph(null, WordWriter.Run(area.Description, italic: true, color: WordWriter.Muted));
            if (area.IsEmpty)
            {
                w.Paragraph(null, WordWriter.Run(t.AreaEmpty, italic: true, color: WordWriter.Muted));
            }

            foreach (var k in area.KeyRecommendations)
            {
                var wording = w.Paragraph(null, WordWriter.Run(k.Number + "\t", bold: true, color: WordWriter.Accent), WordWriter.Run(k.Wording, bold: true));
                if (k.IsDraft)
                {
                    wording.Append(WordWriter.Run($"  [{t.DraftTag}]", color: "9A5B00"));
                }

                w.Text(t.Addressed(k.Levels, k.Actors));
                if (k.Rationales.Count > 0)
                {
                    w.Paragraph(null, WordWriter.Run(t.RationaleFromSources, bold: true, color: WordWriter.Muted));
                    foreach (var r in k.Rationales)
                    {
                        w.Paragraph(null, WordWriter.Run(r.Text), WordWriter.Run($" (#{r.RecommendationId})", color: WordWriter.Muted));
                    }
                }

                w.Text(t.BasedOn(t.Count(k.SourceIds.Count, "Contribution"), t.List(k.SourceSessions)) + " " + t.Sources(ReportText.Ids(k.SourceIds)), "Small");
            }

            if (area.Unmerged.Count > 0)
            {
                w.Heading(3, area.KeyRecommendations.Count == 0 ? t.ValidatedNoneMerged : t.OtherValidated);
                foreach (var r in area.Unmerged)
                {
                    w.Paragraph(null, WordWriter.Run($"#{r.Id}\t", color: WordWriter.Muted), WordWriter.Run(r.Text));
                    if (r.Rationale is { } rationale)
                    {
                        w.Paragraph(null, WordWriter.Run(t.Label(t.Rationale), bold: true), WordWriter.Run(rationale));
                    }

                    if (r.LanguageNote is { } note)
                    {
                        w.Paragraph(null, WordWriter.Run(note, italic: true, color: WordWriter.Muted));
                    }

                    w.Text($"{t.From($"{r.SessionCode} {r.SessionTitle}")} {t.Addressed(r.Levels, r.Actors)}", "Small");
                }
            }
        }
    }

    private static void Matrix(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        var m = report.Matrix;
        w.Heading(1, t.Matrix);
        w.Text(t.MatrixIntro, "Small");
        if (m.IsEmpty)
        {
            w.Paragraph(null, WordWriter.Run(t.NoMatrix, italic: true, color: WordWriter.Muted));
            return;
        }

        string[] shades = ["DCE8F4", "A9C6E3", "5E93C6", "1F4E79"];
        var rows = m.Rows.Select(row => (IReadOnlyList<Cell>)[
                new Cell(row.Actor),
                .. row.Counts.Select(c => m.Shade(c) is var s && s > 0
                    ? new Cell(t.Number(c), Fill: shades[s - 1], Center: true, Color: s >= 3 ? "FFFFFF" : null)
                    : new Cell("", Center: true)),
                new Cell(t.Number(row.Total), Bold: true, Center: true)])
            .Append([new Cell(t.AnyActor, Bold: true), .. m.LevelTotals.Select(c => new Cell(t.Number(c), Bold: true, Center: true)),
                new Cell(t.Number(m.Total), Bold: true, Center: true)]);
        w.Table([150, .. m.Levels.Select(_ => 60f), 46], [t.ActorAddressed, .. m.Levels, t.AnyLevel], rows);
        var legend = new List<OpenXmlElement> { WordWriter.Run(t.MatrixLegend + " ") };
        foreach (var (shade, from, to) in m.Legend())
        {
            legend.Add(new Run(new RunProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shades[shade - 1] }),
                new DocumentFormat.OpenXml.Wordprocessing.Text("\u00A0\u00A0\u00A0\u00A0") { Space = SpaceProcessingModeValues.Preserve }));
            legend.Add(WordWriter.Run($" {(from == to ? t.Number(from) : t.LegendStep(t.Number(from), t.Number(to)))}  "));
        }

        legend.Add(WordWriter.Run(t.MatrixLegendEmpty));
        w.Paragraph("Small", [.. legend]);
    }

    private static void Sessions(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        w.Heading(1, t.Sessions);
        if (report.Sessions.Count == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoSessions, italic: true, color: WordWriter.Muted));
        }

        foreach (var s in report.Sessions)
        {
            w.Heading(2, $"{s.Code}. {s.Title}");
            var who = s.Moderator is not null ? $" · {t.Moderator}: {s.Moderator}" : s.Organiser is not null ? $" · {t.Organiser}: {s.Organiser}" : "";
            w.Text($"{t.SessionTime(s.StartsAt, s.EndsAt)} · {s.KindName}{who}", "Small");
            if (s.Summary is { } summary)
            {
                foreach (var paragraph in Paragraphs(summary))
                {
                    w.Text(paragraph);
                }
            }
            else
            {
                w.Paragraph(null, WordWriter.Run(t.NoSummary, italic: true, color: WordWriter.Muted));
            }

            var line = t.Count(s.Contributions, "ValidatedContribution") + ". ";
            if (s.ContributionsByArea.Count > 0)
            {
                line += t.ContributionsByArea(string.Join("; ", s.ContributionsByArea.Select(a => t.AreaContribution($"{a.Number}. {a.Name}", t.Number(a.Count))))) + " ";
            }

            w.Text(line + (s.KeyRecommendationNumbers.Count == 0 ? t.NoKeyDraws : t.KeyDraws(string.Join(", ", s.KeyRecommendationNumbers))), "Small");
        }
    }

    private static void Annexes(WordWriter w, OutcomeReport report)
    {
        var t = report.Text;
        w.Heading(1, t.Annexes);
        w.Heading(2, t.AnnexProgramme);
        if (report.Programme.Count == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoProgramme, italic: true, color: WordWriter.Muted));
        }
        else
        {
            w.Table([30, 104, 250, 90], [t.Code, t.When, t.Session, t.Kind],
                report.Programme.Select(s => (IReadOnlyList<Cell>)[new Cell(s.Code, Bold: true), new Cell(t.ProgrammeTime(s.StartsAt, s.EndsAt)),
                    new Cell(s.Room is null ? s.Title : $"{s.Title}\n{s.Room}"), new Cell(s.KindName)]));
        }

        w.Heading(2, t.AnnexMethodology);
        foreach (var (title, text) in ReportBuilder.Describe(report))
        {
            w.Paragraph(null, WordWriter.Run(title + ". ", bold: true), WordWriter.Run(text));
        }

        w.Heading(2, t.AnnexRecommendations);
        w.Text(t.AnnexIntro, "Small");
        if (report.Annex.Count == 0)
        {
            w.Paragraph(null, WordWriter.Run(t.NoneValidated, italic: true, color: WordWriter.Muted));
            return;
        }

        w.Table([42, 34, 110, 330], [t.Id, t.Session, t.Areas, t.Recommendation],
            report.Annex.Select(r => (IReadOnlyList<Cell>)[new Cell($"#{r.Id}"), new Cell(r.SessionCode), new Cell(r.Areas), new Cell(AnnexText(t, r))]));
    }

    /// <summary>The original, its language when it is not the report's, and the translation beside it.</summary>
    private static string AnnexText(ReportText t, AnnexRow r)
    {
        var text = r.LanguageNote is { } note ? $"{r.Text} ({note})" : r.Text;
        return r.Translation is { } translation ? $"{text}\n{t.Label(t.Translation)}{translation}" : text;
    }

    private static string[] Paragraphs(string text) =>
        text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
