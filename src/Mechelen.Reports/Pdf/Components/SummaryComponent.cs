using Mechelen.Pdf;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The secretariat's foreword, the figures, the chart (a figure with its alternative text) and the numbered key messages.</summary>
internal sealed class SummaryComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.Column(col =>
    {
        var t = report.Text;
        var f = report.Figures;
        col.Spacing(6);
        Typography.Heading(col, 1, t.ExecutiveSummary);
        if (report.Document.Foreword is { } foreword)
        {
            Typography.Paragraphs(col, foreword);
        }

        col.Item().Text(x =>
        {
            x.Span(t.SummarySentence(t.Count(f.Captured, "Recommendation"), t.Count(f.Sessions, "Session"), t.Count(f.Rapporteurs, "Rapporteur"),
                t.Number(f.Validated), t.Number(f.Merged), t.Count(f.KeyRecommendations, "KeyRecommendation")));
            if (f.Languages.Count > 0)
            {
                x.Span(" " + t.LanguagesSentence(string.Join(", ", f.Languages)));
            }
        });
        col.Item().PaddingTop(4).Component(new FiguresComponent(report));

        Typography.Heading(col, 2, t.ValidatedPerArea);
        if (report.ValidatedPerArea.Sum(a => a.Count) == 0)
        {
            Typography.EmptyNote(col, t.NoneValidated);
        }
        else
        {
            var alt = t.ChartAlt(string.Join("; ", report.ValidatedPerArea.Select(a => t.ChartValue($"{a.Number}. {a.Name}", t.Number(a.Count)))));
            col.Item().Figure(alt).BarChart(report.ValidatedPerArea.Select(a => new BarChartItem($"{a.Number}. {a.Name}", a.Count)),
                new BarChartOptions { LabelWidth = 210, BarColor = Typography.Accent, LabelStyle = TextStyle.Default.FontSize(8.5f) });
        }

        Typography.Heading(col, 2, t.KeyMessages);
        if (report.KeyMessages.Count == 0)
        {
            Typography.EmptyNote(col, t.NoKeyMessages);
            return;
        }

        col.Item().Text(t.KeyMessagesIntro).Style(Typography.Small);
        col.Item().Semantic(SemanticTag.List).Column(list =>
        {
            list.Spacing(5);
            var n = 0;
            foreach (var k in report.KeyMessages)
            {
                n++;
                var label = $"{n.ToString(t.Culture)}.";
                list.Item().Semantic(SemanticTag.ListItem).KeepTogether().Row(row =>
                {
                    row.ConstantItem(24).Semantic(SemanticTag.ListLabel).Text(label).Style(Typography.Number);
                    row.RelativeItem().Semantic(SemanticTag.ListBody).Text(x =>
                    {
                        x.Span(k.Wording);
                        x.Span($" ({k.Number})").Style(Typography.Small);
                    });
                });
            }
        });
    });
}
