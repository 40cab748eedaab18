using Mechelen.Pdf;

namespace Mechelen.Reports.Pdf.Components;

/// <summary>The running header: the report's title, its symbol and its status.</summary>
internal sealed class PageHeaderComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.PaddingBottom(10).Column(h =>
    {
        var t = report.Text;
        h.Item().Row(row =>
        {
            row.RelativeItem().Text(report.Title).Style(Typography.Small);
            if (report.Document.Symbol is { } symbol)
            {
                row.AutoItem().PaddingRight(10).Text(symbol).Style(Typography.Small);
            }

            row.AutoItem().Text(report.IsFinal ? t.StatusFinal : t.StatusDraft).Style(Typography.Small).Bold();
        });
        h.Item().PaddingTop(3).LineHorizontal(0.5f, Typography.Rule);
    });
}

/// <summary>The running footer: when the report was generated, and "Page X of Y" in the report's language.</summary>
internal sealed class PageFooterComponent(OutcomeReport report) : IComponent
{
    public void Compose(IContainer container) => container.PaddingTop(8).Row(row =>
    {
        var t = report.Text;
        row.RelativeItem().Text(t.Generated(t.DateTime(report.GeneratedAtLocal), report.Event.City)).Style(Typography.Small);
        row.AutoItem().Text(x =>
        {
            x.DefaultTextStyle(Typography.Small);
            // "Page {0} of {1}": the sentence decides where the numbers go.
            var pattern = t.Get("PageOf");
            var page = pattern.IndexOf("{0}", StringComparison.Ordinal);
            var total = pattern.IndexOf("{1}", StringComparison.Ordinal);
            var parts = new[] { (At: page, Total: false), (At: total, Total: true) }.OrderBy(p => p.At).ToArray();
            var from = 0;
            foreach (var (at, isTotal) in parts)
            {
                x.Span(pattern[from..at]);
                if (isTotal)
                {
                    x.TotalPages();
                }
                else
                {
                    x.CurrentPage();
                }

                from = at + 3;
            }

            x.Span(pattern[from..]);
        });
    });
}
