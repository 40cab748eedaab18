using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The key figures as a strip of panels: captured, validated, key recommendations, sessions, rapporteurs, languages.</summary>
internal sealed class FiguresComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container)
    {
        var t = report.Text;
        var f = report.Figures;
        container.Row(row =>
        {
            row.Spacing(6);
            Figure(row.RelativeItem(), f.Captured, t.FigureCaptured);
            Figure(row.RelativeItem(), f.Validated, t.FigureValidated);
            Figure(row.RelativeItem(), f.KeyRecommendations, t.FigureKeys);
            Figure(row.RelativeItem(), f.Sessions, t.FigureSessions);
            Figure(row.RelativeItem(), f.Rapporteurs, t.FigureRapporteurs);
            Figure(row.RelativeItem(), f.Languages.Count, t.FigureLanguages);
        });

        void Figure(IContainer item, int value, string label) =>
            item.Background(Typography.Panel).PaddingVertical(6).PaddingHorizontal(2).Column(c =>
            {
                c.Item().AlignCenter().Text(t.Number(value)).FontSize(16).Bold().FontColor(Typography.Accent);
                c.Item().AlignCenter().Text(x =>
                {
                    x.AlignCenter();
                    x.Span(label).FontSize(7).FontColor(Typography.Muted);
                });
            });
    }
}
