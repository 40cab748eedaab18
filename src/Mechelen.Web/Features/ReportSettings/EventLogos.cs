using Mechelen.Pdf;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.ReportSettings;

/// <summary>
/// An administrator adds and removes the logos of an event's report cover. A file is accepted only when its
/// first bytes say PNG or JPEG, it is at most 1 MB, between 32 and 4,000 pixels a side, and the PDF writer
/// can read it; at most eight logos per event.
/// </summary>
public static class EventLogos
{
    public const string AddedAction = "LogoAdded";
    public const string RemovedAction = "LogoRemoved";
    public const int MaxBytes = 1024 * 1024;
    public const int MaxLogos = 8;
    public const int MinPixels = 32;
    public const int MaxPixels = 4000;

    public sealed class Handler(MechelenDbContext db, AuditLog audit, CurrentUser user, TimeProvider clock)
    {
        /// <summary>Null when added; otherwise what is wrong, in a sentence for the uploader.</summary>
        public async Task<Message?> AddAsync(string code, string? name, IFormFile? file, CancellationToken cancellationToken)
        {
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
            if (ev is null)
            {
                return new Message("There is no such event.");
            }

            var trimmed = name?.Trim();
            if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 200)
            {
                return new Message("Enter whose logo it is (up to 200 characters): it is read out to people who cannot see the image.");
            }

            if (file is null || file.Length == 0)
            {
                return new Message("Choose a PNG or JPEG file.");
            }

            if (file.Length > MaxBytes)
            {
                return new Message("The file is larger than 1 MB; save the logo smaller and upload it again.");
            }

            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, cancellationToken);
            }

            var type = ContentType(bytes);
            if (type is null)
            {
                return new Message("The file is not a PNG or JPEG image.");
            }

            if (Images.TryReadSize(bytes) is not { } size)
            {
                return new Message("The image cannot be read; save it again as PNG or JPEG and upload it again.");
            }

            if (size.Width < MinPixels || size.Height < MinPixels || size.Width > MaxPixels || size.Height > MaxPixels)
            {
                return new Message("The image is {0} × {1} pixels; a logo must be between {2} and {3} pixels a side.", size.Width, size.Height, MinPixels, MaxPixels);
            }

            var count = await db.EventLogos.CountAsync(l => l.EventId == ev.Id, cancellationToken);
            if (count >= MaxLogos)
            {
                return new Message("An event can have up to {0} logos; remove one first.", MaxLogos);
            }

            var logo = new EventLogo
            {
                EventId = ev.Id,
                Name = trimmed,
                ContentType = type,
                Data = bytes,
                Width = size.Width,
                Height = size.Height,
                Order = count + 1,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
                UploadedBy = user.Name,
            };
            db.EventLogos.Add(logo);
            audit.Record(AddedAction, nameof(Event), ev.Id, null, new { logo.Name, logo.ContentType, logo.Width, logo.Height, Bytes = bytes.Length });
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        /// <summary>False when there is no such logo in the event.</summary>
        public async Task<bool> RemoveAsync(string code, int id, CancellationToken cancellationToken)
        {
            var logo = await db.EventLogos.Include(l => l.Event).FirstOrDefaultAsync(l => l.Id == id && l.Event.Code == code, cancellationToken);
            if (logo is null)
            {
                return false;
            }

            db.EventLogos.Remove(logo);
            audit.Record(RemovedAction, nameof(Event), logo.EventId, new { logo.Name, logo.ContentType, logo.Width, logo.Height }, null);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }

    /// <summary>The type the file's first bytes announce, whatever its name or the browser says.</summary>
    public static string? ContentType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : null;
}
