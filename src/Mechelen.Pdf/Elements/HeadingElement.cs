using Mechelen.Pdf.Engine;
using Mechelen.Pdf.Text;

namespace Mechelen.Pdf.Elements;

/// <summary>A heading: its text, a named destination, and the page it lands on for the outline and table of contents.</summary>
internal sealed class HeadingElement(HeadingEntry entry, TextBlockElement text) : Element
{
    private bool _continuing;

    public override bool KeepWithNext => true;

    public override SpacePlan Measure(Size available, LayoutContext context) => text.Measure(available, context);

    public override void Draw(Size available, LayoutContext context)
    {
        if (!_continuing)
        {
            entry.Page = context.PageNumber;
            context.Canvas.SetDestination(entry.Destination, 0);
        }

        var plan = text.Measure(available, context);
        text.Draw(available, context);
        _continuing = plan.Kind == SpaceKind.Partial;
    }

    public override void ResetPass()
    {
        _continuing = false;
        text.ResetPass();
    }

    public override string Describe() => $"Heading \"{entry.Title}\"";
}
