using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The cover: logos in a row, title, place and dates, symbol, date of issue, status, hosts and partners, key figures, disclaimer.</summary>
internal sealed class CoverComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container)
    {
        var t = report.Text;
        var ev = report.Event;
        var doc = report.Document;
        container.Column(col =>
        {
            col.Spacing(10);
            if (doc.Logos.Count > 0)
            {
                col.Item().Row(row =>
                {
                    row.Spacing(18);
                    foreach (var logo in doc.Logos)
                    {
                        row.RelativeItem().AlignCenter().Image(logo.Image, 52, t.LogoAlt(logo.Name));
                    }
                });
            }

            col.Item().PaddingTop(doc.Logos.Count > 0 ? 40 : 80).Text(t.OutcomeReportCaps).Style(Typography.CoverEyebrow);
            col.Item().Text(ev.Name).Style(Typography.CoverTitle);
            col.Item().Text($"{ev.City}, {ev.Country} · {t.DateRange(ev.StartDate, ev.EndDate)}").Style(Typography.CoverSubtitle);
            col.Item().PaddingVertical(6).LineHorizontal(1.5f, Typography.Accent);
            col.Item().Text(t.InputTo(ev.Purpose)).Style(Typography.CoverLead);
            col.Item().PaddingTop(10).Element(c => Fact(c, t.Symbol, doc.Symbol ?? "—"));
            col.Item().Element(c => Fact(c, t.DateOfIssue, doc.DateOfIssue is { } issued ? t.Date(issued) : t.DateOfIssueNotSet));
            col.Item().Element(c => Fact(c, t.Status, report.IsFinal ? t.StatusFinal : t.StatusDraft));
            col.Item().Element(c => Fact(c, t.Hosts, string.Join("\n", ev.Hosts)));
            col.Item().Element(c => Fact(c, t.Partners, string.Join("\n", ev.Partners)));
            if (report.IsFiltered)
            {
                col.Item().Element(c => Fact(c, t.ScopeOfReport, string.Join("\n", report.FilterDescription)));
            }

            col.Item().PaddingTop(12).Component(new FiguresComponent(report));
            col.Item().PaddingTop(6).Text(report.IsFinal
                    ? t.FinalNotice(report.FinalizedBy ?? "", report.FinalizedAtLocal is { } at ? t.Date(at) : "")
                    : t.DraftNotice)
                .FontSize(10).Bold().FontColor(report.IsFinal ? Typography.FinalColor : Typography.DraftColor);
            if (doc.Disclaimer is { } disclaimer)
            {
                col.Item().PaddingTop(10).Border(0.5f, Typography.Rule).Padding(8).Text(disclaimer).Style(Typography.Small);
            }
        });
    }

    private static void Fact(IContainer container, string label, string value) => container.Row(row =>
    {
        row.Spacing(12);
        row.ConstantItem(120).Text(label).Style(Typography.Label);
        row.RelativeItem().Text(value).FontSize(10.5f);
    });
}
