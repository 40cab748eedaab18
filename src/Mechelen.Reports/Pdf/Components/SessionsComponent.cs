using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>Each session: its time, kind, moderator or organiser, the rapporteur's summary, contributions by area and the key recommendations drawing on it.</summary>
internal sealed class SessionsComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.Column(col =>
    {
        var t = report.Text;
        col.Spacing(6);
        Typography.Heading(col, 1, t.Sessions);
        if (report.Sessions.Count == 0)
        {
            Typography.EmptyNote(col, t.NoSessions);
        }

        foreach (var s in report.Sessions)
        {
            col.Item().PaddingTop(6).Column(block =>
            {
                block.Spacing(4);
                Typography.Heading(block, 2, $"{s.Code}. {s.Title}");
                var who = s.Moderator is not null ? $" · {t.Moderator}: {s.Moderator}" : s.Organiser is not null ? $" · {t.Organiser}: {s.Organiser}" : "";
                block.Item().Text($"{t.SessionTime(s.StartsAt, s.EndsAt)} · {s.KindName}{who}").Style(Typography.Small);
                if (s.Summary is { } summary)
                {
                    Typography.Paragraphs(block, summary);
                }
                else
                {
                    Typography.EmptyNote(block, t.NoSummary);
                }

                block.Item().Text(x =>
                {
                    x.DefaultTextStyle(Typography.Small);
                    x.Span(t.Count(s.Contributions, "ValidatedContribution") + ". ");
                    if (s.ContributionsByArea.Count > 0)
                    {
                        x.Span(t.ContributionsByArea(string.Join("; ", s.ContributionsByArea.Select(a => t.AreaContribution($"{a.Number}. {a.Name}", t.Number(a.Count))))) + " ");
                    }

                    x.Span(s.KeyRecommendationNumbers.Count == 0 ? t.NoKeyDraws : t.KeyDraws(string.Join(", ", s.KeyRecommendationNumbers)));
                });
            });
        }
    });
}
