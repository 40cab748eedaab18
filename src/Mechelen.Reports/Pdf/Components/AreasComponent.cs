using Mechelen.Pdf;
using Mechelen.Reports.Text;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The recommendations by governance area: each area a section of key recommendations, then the validated ones not merged.</summary>
internal sealed class AreasComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.Column(col =>
    {
        var t = report.Text;
        col.Spacing(6);
        Typography.Heading(col, 1, t.ByArea);
        col.Item().Text(t.ByAreaIntro).Style(Typography.Small);
        if (report.Areas.Count == 0)
        {
            Typography.EmptyNote(col, t.NoAreas);
        }

        foreach (var area in report.Areas)
        {
            col.Item().PaddingTop(8).Column(section =>
            {
                section.Spacing(6);
                Typography.Heading(section, 2, $"{area.Number}. {area.Name}");
                section.Item().Text(area.Description).Style(Typography.Empty);
                if (area.IsEmpty)
                {
                    Typography.EmptyNote(section, t.AreaEmpty);
                }

                if (area.KeyRecommendations.Count > 0)
                {
                    section.Item().Semantic(SemanticTag.List).Column(list =>
                    {
                        list.Spacing(8);
                        foreach (var k in area.KeyRecommendations)
                        {
                            list.Item().Component(new KeyRecommendationComponent(t, k));
                        }
                    });
                }

                if (area.Unmerged.Count > 0)
                {
                    Typography.Heading(section, 3, area.KeyRecommendations.Count == 0 ? t.ValidatedNoneMerged : t.OtherValidated);
                    section.Item().Semantic(SemanticTag.List).Column(list =>
                    {
                        list.Spacing(5);
                        foreach (var r in area.Unmerged)
                        {
                            list.Item().Component(new ContributionComponent(t, r));
                        }
                    });
                }
            });
        }
    });
}

/// <summary>A key recommendation as a list item: its number, wording, addressees in words, the rationale from its sources, its sources.</summary>
internal sealed class KeyRecommendationComponent(ReportText t, KeyRecommendationItem k) : IComponent
{
    public void Compose(IContainer container) => container.Semantic(SemanticTag.ListItem).KeepTogether().Row(row =>
    {
        row.ConstantItem(30).Semantic(SemanticTag.ListLabel).Text(k.Number).Style(Typography.Number);
        row.RelativeItem().Semantic(SemanticTag.ListBody).Column(body =>
        {
            body.Spacing(2);
            body.Item().Text(x =>
            {
                x.Span(k.Wording).Bold();
                if (k.IsDraft)
                {
                    x.Span($"  [{t.DraftTag}]").FontColor(Typography.DraftColor);
                }
            });
            body.Item().Text(t.Addressed(k.Levels, k.Actors));
            if (k.Rationales.Count > 0)
            {
                body.Item().PaddingTop(2).Text(t.RationaleFromSources).Style(Typography.Label);
                foreach (var rationale in k.Rationales)
                {
                    body.Item().PaddingLeft(8).Text(x =>
                    {
                        x.Span(rationale.Text);
                        x.Span($" (#{rationale.RecommendationId})").Style(Typography.Small);
                    });
                }
            }

            body.Item().Text(t.BasedOn(t.Count(k.SourceIds.Count, "Contribution"), t.List(k.SourceSessions)) + " " + t.Sources(ReportText.Ids(k.SourceIds)))
                .Style(Typography.Small);
        });
    });
}

/// <summary>A validated contribution not merged: its id, text, rationale and session.</summary>
internal sealed class ContributionComponent(ReportText t, RecommendationItem r) : IComponent
{
    public void Compose(IContainer container) => container.Semantic(SemanticTag.ListItem).KeepTogether().Row(row =>
    {
        row.ConstantItem(40).Semantic(SemanticTag.ListLabel).Text($"#{r.Id}").FontColor(Typography.Muted);
        row.RelativeItem().Semantic(SemanticTag.ListBody).Column(body =>
        {
            body.Spacing(2);
            body.Item().Text(r.Text);
            if (r.Rationale is { } rationale)
            {
                body.Item().Text(x =>
                {
                    x.Span(t.Label(t.Rationale)).Bold().FontSize(8.5f);
                    x.Span(rationale).FontSize(8.5f);
                });
            }

            body.Item().Text($"{t.From($"{r.SessionCode} {r.SessionTitle}")} {t.Addressed(r.Levels, r.Actors)}").Style(Typography.Small);
            if (r.LanguageNote is { } note)
            {
                body.Item().Text(note).Style(Typography.Small).Italic();
            }
        });
    });
}
