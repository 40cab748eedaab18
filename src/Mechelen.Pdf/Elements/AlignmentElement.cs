using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

internal enum Horizontal
{
    None,
    Left,
    Center,
    Right,
}

internal enum Vertical
{
    None,
    Top,
    Middle,
    Bottom,
}

/// <summary>Places a child smaller than the space given at a side or in the middle of it.</summary>
internal sealed class AlignmentElement(DocumentModel model, Horizontal horizontal, Vertical vertical) : DecoratorElement(model)
{
    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.Kind is SpaceKind.Wrap or SpaceKind.Empty)
        {
            return plan;
        }

        // Horizontal alignment claims the full width so that the parent gives it room to align in.
        return horizontal == Horizontal.None ? plan : plan with { Width = float.IsFinite(available.Width) ? available.Width : plan.Width };
    }

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.Kind is SpaceKind.Wrap or SpaceKind.Empty)
        {
            return;
        }

        var dx = horizontal switch
        {
            Horizontal.Center => (available.Width - plan.Width) / 2,
            Horizontal.Right => available.Width - plan.Width,
            _ => 0,
        };
        var dy = vertical switch
        {
            Vertical.Middle => (available.Height - plan.Height) / 2,
            Vertical.Bottom => available.Height - plan.Height,
            _ => 0,
        };
        var width = horizontal == Horizontal.None ? available.Width : plan.Width;
        var height = vertical == Vertical.None ? available.Height : plan.Height;
        context.Canvas.Translate(dx, dy);
        Child.Draw(new Size(width, height), context);
        context.Canvas.Translate(-dx, -dy);
    }
}
