using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf.Elements;

/// <summary>A heading: its text, a named destination, and the page it lands on for the outline and table of contents.</summary>
internal sealed class HeadingElement(HeadingEntry entry, TextBlockElement text) : Element
{
    private bool _continuing;

    public override bool KeepWithNext => true;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => text.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var plan = text.Measure(available, context);
        if (!_continuing)
        {
            entry.Page = context.PageNumber;
            context.Canvas.SetDestination(entry.Destination, 0);
            context.Canvas.BeginTag($"H{Math.Min(entry.Level, 6)}", null, new Size(plan.Width, plan.Height));
        }

        text.Draw(available, context);
        _continuing = plan.Kind == SpaceKind.Partial;
        if (!_continuing)
        {
            context.Canvas.EndTag();
        }
    }

    public override void ResetPass()
    {
        _continuing = false;
        text.ResetPass();
    }

    public override string Describe() => $"Heading \"{entry.Title}\"";
}
