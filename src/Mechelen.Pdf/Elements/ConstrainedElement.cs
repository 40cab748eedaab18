using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Fixed, minimum or maximum width and height; <c>ExtendHorizontal</c> takes the whole width.</summary>
internal sealed class ConstrainedElement(DocumentModel model) : DecoratorElement(model)
{
    public float MinWidth { get; set; }

    public float MaxWidth { get; set; } = float.PositiveInfinity;

    public float MinHeight { get; set; }

    public float MaxHeight { get; set; } = float.PositiveInfinity;

    public bool ExtendHorizontal { get; set; }

    protected override SpacePlan MeasureCore(Size available, LayoutContext context)
    {
        if (MinWidth > available.Width + 0.01f || MinHeight > available.Height + 0.01f)
        {
            context.ReportWrap(this, new Size(Math.Max(MinWidth, Math.Min(available.Width, MaxWidth)), MinHeight), available);
            return SpacePlan.Wrap;
        }

        var inner = new Size(Math.Min(available.Width, MaxWidth), Math.Min(available.Height, MaxHeight));
        var plan = Child.Measure(inner, context);
        if (plan.IsWrap)
        {
            return plan;
        }

        if (plan.IsEmpty && MinWidth == 0 && MinHeight == 0 && !ExtendHorizontal)
        {
            return plan;
        }

        var width = ExtendHorizontal && float.IsFinite(inner.Width) ? inner.Width : Math.Clamp(plan.Width, MinWidth, Math.Max(MinWidth, inner.Width));
        var height = Math.Clamp(plan.Height, MinHeight, Math.Max(MinHeight, inner.Height));
        return plan.Kind == SpaceKind.Partial ? SpacePlan.Partial(width, height) : SpacePlan.Full(width, height);
    }

    public override string Describe() => MinHeight > 0 || MinWidth > 0
        ? $"Fixed-size box ({(MinWidth > 0 ? $"width {MinWidth:0.#}" : "any width")}, {(MinHeight > 0 ? $"height {MinHeight:0.#}" : "any height")}) > {Child.Describe()}"
        : base.Describe();

    protected override void DrawCore(Size available, LayoutContext context) =>
        Child.Draw(new Size(Math.Min(available.Width, MaxWidth), Math.Min(available.Height, MaxHeight)), context);
}
