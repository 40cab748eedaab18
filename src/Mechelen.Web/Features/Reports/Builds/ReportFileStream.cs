using Microsoft.AspNetCore.Mvc;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// A stored report file read one part at a time as its reader asks for more (see <see cref="Domain.ReportBuildFile"/>):
/// a download holds one part in memory, never the whole file. It ends at the first part that is not there.
/// </summary>
public sealed class ReportFileStream(byte[] first, Func<int, CancellationToken, Task<byte[]?>> part) : Stream
{
    private byte[] _current = first;
    private int _offset;
    private int _next = 1;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _current.Length)
        {
            if (buffer.Length == 0 || await part(_next, cancellationToken) is not { } bytes)
            {
                return 0;
            }

            (_current, _offset) = (bytes, 0);
            _next++;
        }

        var count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        _position += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>How a controller sends a stored report file (<see cref="ReportFiles.OpenFileAsync"/>).</summary>
public static class ReportFileDownload
{
    /// <summary>
    /// The file as a download, its length said up front: a file whose parts went while it was sent ends the response as
    /// broken, never as a shorter file.
    /// </summary>
    public static FileStreamResult SendReportFile(this ControllerBase controller, Stream file, long? size, string format, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(controller);
        controller.Response.ContentLength = size;
        return controller.File(file, ReportFormats.ContentType(format), fileName);
    }
}
