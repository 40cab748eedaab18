using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>Ends the current page: takes no space but reports "partial" once, so what follows starts on a new page.</summary>
internal sealed class PageBreakElement : Element
{
    private bool _broken;

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) =>
        _broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    protected override void DrawCore(Size available, LayoutContext context) => _broken = !_broken;

    public override void ResetPass() => _broken = false;
}
