using Mechelen.Pdf.Engine;
using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Canvas;

/// <summary>
/// Everything the elements draw goes through here. Coordinates are points, origin at the top left,
/// y downwards, relative to the current translation.
/// </summary>
internal interface ICanvas
{
    /// <summary>True for the first pass, which only counts pages: elements may skip building what they would draw.</summary>
    bool IsSilent { get; }

    void BeginPage(PageSize size);

    void Translate(float dx, float dy);

    /// <summary>Draws a run of text whose baseline starts at (x, baseline).</summary>
    void DrawText(string text, TrueTypeFont font, float size, Rgb color, float x, float baseline);

    void FillRectangle(float x, float y, float width, float height, Rgb color);

    void StrokeRectangle(float x, float y, float width, float height, float lineWidth, Rgb color);

    void DrawLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color);

    void DrawImage(ImageData image, float x, float y, float width, float height);

    /// <summary>Draws text rotated by <paramref name="degrees"/> (counter-clockwise) about its own centre at (cx, cy).</summary>
    void DrawRotatedText(string text, TrueTypeFont font, float size, Rgb color, float cx, float cy, float degrees);

    void AddUrlLink(float x, float y, float width, float height, string url);

    void AddSectionLink(float x, float y, float width, float height, string destination);

    void SetDestination(string destination, float y);

    /// <summary>
    /// Opens a structure element of a tagged PDF ("P", "H1", "Table", "Figure"…) or, for "Artifact", marks what
    /// follows as decoration. Calls nest; an untagged canvas only keeps count. <paramref name="size"/> is the
    /// element's box from the current origin (a figure's bounding box).
    /// </summary>
    void BeginTag(string tag, string? alternativeText, Size size);

    /// <summary>Closes the innermost tag opened with <see cref="BeginTag"/>.</summary>
    void EndTag();

    /// <summary>The innermost open tag, or null at the top of the document.</summary>
    string? CurrentTag { get; }
}
