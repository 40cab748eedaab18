using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Makes the area of its child a link to a URL or to a named section.</summary>
internal sealed class LinkElement(DocumentModel model, string? url, string? section) : DecoratorElement(model)
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        Child.Draw(available, context);
        if (url is not null)
        {
            context.Canvas.AddUrlLink(0, 0, plan.Width, plan.Height, url);
        }
        else if (section is not null)
        {
            context.Canvas.AddSectionLink(0, 0, plan.Width, plan.Height, section);
        }
    }
}
