using Mechelen.Pdf.Engine;
using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Canvas;

/// <summary>One recorded draw call, in absolute page coordinates.</summary>
internal sealed record DrawCall(int Page, string Kind, float X, float Y, float Width, float Height, string? Text = null, string? Font = null);

/// <summary>Records draw calls with absolute positions, for geometry tests; also serves as the silent first pass.</summary>
internal sealed class RecordingCanvas(bool record = true) : ICanvas
{
    private readonly List<string> _tags = [];
    private float _x;
    private float _y;

    public List<DrawCall> Calls { get; } = [];

    public int Page { get; private set; }

    public bool IsSilent => !record;

    public IEnumerable<DrawCall> Texts => Calls.Where(c => c.Kind == "text");

    public void BeginPage(PageSize size)
    {
        Page++;
        _x = 0;
        _y = 0;
    }

    public void Translate(float dx, float dy)
    {
        _x += dx;
        _y += dy;
    }

    public void DrawText(string text, TrueTypeFont font, float size, Rgb color, float x, float baseline) =>
        Add("text", x, baseline, font.Width(text, size), size, text, font.Family);

    public void FillRectangle(float x, float y, float width, float height, Rgb color) => Add("fill", x, y, width, height);

    public void StrokeRectangle(float x, float y, float width, float height, float lineWidth, Rgb color) => Add("stroke", x, y, width, height);

    public void DrawLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) => Add("line", x1, y1, x2 - x1, y2 - y1);

    public void DrawImage(ImageData image, float x, float y, float width, float height) => Add("image", x, y, width, height);

    public void DrawRotatedText(string text, TrueTypeFont font, float size, Rgb color, float cx, float cy, float degrees) =>
        Add("rotated-text", cx, cy, 0, size, text, font.Family);

    public void AddUrlLink(float x, float y, float width, float height, string url) => Add("url", x, y, width, height, url);

    public void AddSectionLink(float x, float y, float width, float height, string destination) => Add("link", x, y, width, height, destination);

    public void SetDestination(string destination, float y) => Add("destination", 0, y, 0, 0, destination);

    public string? CurrentTag => _tags.Count == 0 ? null : _tags[^1];

    /// <summary>Tags are recorded as "tag" calls (the name in Text, the alternative text in Font) and "end-tag" calls.</summary>
    public void BeginTag(string tag, string? alternativeText, Size size)
    {
        _tags.Add(tag);
        Add("tag", 0, 0, size.Width, size.Height, tag, alternativeText);
    }

    public void EndTag()
    {
        Add("end-tag", 0, 0, 0, 0, _tags[^1]);
        _tags.RemoveAt(_tags.Count - 1);
    }

    private void Add(string kind, float x, float y, float width, float height, string? text = null, string? font = null)
    {
        if (record)
        {
            Calls.Add(new DrawCall(Page, kind, _x + x, _y + y, width, height, text, font));
        }
    }
}
