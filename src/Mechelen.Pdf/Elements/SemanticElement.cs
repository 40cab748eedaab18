using Mechelen.Pdf.Engine;

namespace Mechelen.Pdf.Elements;

/// <summary>
/// Opens a structure element (or an artifact) of a tagged PDF before its child draws and closes it when the
/// child has drawn everything, so an element split over pages stays one structure element.
/// </summary>
internal sealed class SemanticElement(DocumentModel model, string tag, string? alternativeText) : DecoratorElement(model)
{
    public const string ArtifactTag = "Artifact";

    private bool _open;

    /// <summary>Tags whose content is not text itself: text drawn directly inside them becomes a paragraph.</summary>
    public static bool IsGrouping(string? tag) =>
        tag is null or "Document" or "Sect" or "Div" or "L" or "LI" or "Table" or "TR" or "TOC" or "TOCI" or "BlockQuote";

    protected override SpacePlan MeasureCore(Size available, LayoutContext context) => Child.Measure(available, context);

    protected override void DrawCore(Size available, LayoutContext context)
    {
        var plan = Child.Measure(available, context);
        if (plan.IsEmpty || plan.IsWrap)
        {
            return;
        }

        if (!_open)
        {
            context.Canvas.BeginTag(tag, alternativeText, new Size(plan.Width, plan.Height));
            _open = true;
        }

        Child.Draw(available, context);
        if (plan.Kind == SpaceKind.Full)
        {
            context.Canvas.EndTag();
            _open = false;
        }
    }

    public override void ResetPass()
    {
        _open = false;
        base.ResetPass();
    }

    public override string Describe() => $"{tag} > {Child.Describe()}";
}
