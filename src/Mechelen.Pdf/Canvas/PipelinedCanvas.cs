using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Mechelen.Pdf.Engine;
using Mechelen.Pdf.FontFiles;

namespace Mechelen.Pdf.Canvas;

/// <summary>
/// Hands draw calls to another canvas on a second thread, a page at a time, so the layout of the next pages runs
/// while PDFsharp encodes, measures and tags the text of the previous ones (each takes about half of a large
/// report's drawing pass). Calls reach the target in the order they were made; tags are tracked here too, because
/// elements ask for the current one while drawing. <see cref="Complete"/> waits for the target and rethrows its error.
/// </summary>
internal sealed class PipelinedCanvas : ICanvas, IDisposable
{
    private readonly BlockingCollection<List<Action<ICanvas>>> _pages = [];
    private readonly List<string> _tags = [];
    private readonly Task _consumer;
    private List<Action<ICanvas>> _batch = new(256);
    private bool _completed;
    private volatile bool _abandoned;

    public PipelinedCanvas(ICanvas target)
    {
        _consumer = Task.Factory.StartNew(() =>
        {
            foreach (var page in _pages.GetConsumingEnumerable())
            {
                if (_abandoned)
                {
                    continue;
                }

                foreach (var call in page)
                {
                    call(target);
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public bool IsSilent => false;

    public string? CurrentTag => _tags.Count == 0 ? null : _tags[^1];

    public void BeginPage(PageSize size)
    {
        Flush();
        _batch.Add(c => c.BeginPage(size));
    }

    public void Translate(float dx, float dy) => _batch.Add(c => c.Translate(dx, dy));

    public void DrawText(string text, TrueTypeFont font, float size, Rgb color, float x, float baseline) =>
        _batch.Add(c => c.DrawText(text, font, size, color, x, baseline));

    public void FillRectangle(float x, float y, float width, float height, Rgb color) =>
        _batch.Add(c => c.FillRectangle(x, y, width, height, color));

    public void StrokeRectangle(float x, float y, float width, float height, float lineWidth, Rgb color) =>
        _batch.Add(c => c.StrokeRectangle(x, y, width, height, lineWidth, color));

    public void DrawLine(float x1, float y1, float x2, float y2, float lineWidth, Rgb color) =>
        _batch.Add(c => c.DrawLine(x1, y1, x2, y2, lineWidth, color));

    public void DrawImage(ImageData image, float x, float y, float width, float height) =>
        _batch.Add(c => c.DrawImage(image, x, y, width, height));

    public void DrawRotatedText(string text, TrueTypeFont font, float size, Rgb color, float cx, float cy, float degrees) =>
        _batch.Add(c => c.DrawRotatedText(text, font, size, color, cx, cy, degrees));

    public void AddUrlLink(float x, float y, float width, float height, string url) =>
        _batch.Add(c => c.AddUrlLink(x, y, width, height, url));

    public void AddSectionLink(float x, float y, float width, float height, string destination) =>
        _batch.Add(c => c.AddSectionLink(x, y, width, height, destination));

    public void SetDestination(string destination, float y) => _batch.Add(c => c.SetDestination(destination, y));

    public void BeginTag(string tag, string? alternativeText, Size size)
    {
        _tags.Add(tag);
        _batch.Add(c => c.BeginTag(tag, alternativeText, size));
    }

    public void EndTag()
    {
        _tags.RemoveAt(_tags.Count - 1);
        _batch.Add(c => c.EndTag());
    }

    /// <summary>Sends the last page and waits until the target has drawn everything.</summary>
    public void Complete()
    {
        Flush();
        _completed = true;
        _pages.CompleteAdding();
        try
        {
            _consumer.Wait();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    /// <summary>After a layout error: stops the target without drawing the rest, so it can be disposed safely.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _abandoned = true;
            _pages.CompleteAdding();
            try
            {
                _consumer.Wait();
            }
            catch (AggregateException)
            {
                // The layout's own error is the one the caller sees.
            }
        }

        _pages.Dispose();
    }

    private void Flush()
    {
        if (_batch.Count > 0)
        {
            _pages.Add(_batch);
            _batch = new List<Action<ICanvas>>(256);
        }
    }
}
