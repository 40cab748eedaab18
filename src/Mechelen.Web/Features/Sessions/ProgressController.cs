using Mechelen.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>
/// Live counts for the programme, session and capture pages, which poll them while the event runs. Counts
/// only (the programme shows them to anyone already), the same for every reader, so a shared cache may
/// keep them for a few seconds.
/// </summary>
[AllowAnonymous]
public sealed class ProgressController : Controller
{
    /// <summary>How long a browser or proxy may reuse an answer; the pages poll at twice this.</summary>
    public const int MaxAgeSeconds = 5;

    [HttpGet("/sessions/{id:int}/progress")]
    public async Task<IActionResult> Session(int id, [FromServices] MechelenDbContext db, [FromServices] SessionProgress progress, CancellationToken cancellationToken)
    {
        if (!await db.Sessions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var model = await progress.ForSessionAsync(id, cancellationToken);
        return Cached(new { sessionId = id, total = model.Total, byStatus = model.ByStatus, byArea = model.ByArea });
    }

    [HttpGet("/events/{code}/progress")]
    public async Task<IActionResult> Event(string code, [FromServices] MechelenDbContext db, [FromServices] SessionCounts counts, CancellationToken cancellationToken)
    {
        var eventId = await db.Events.Where(e => e.Code == code).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return NotFound();
        }

        var bySession = await counts.ForEventAsync(eventId.Value, cancellationToken);
        return Cached(new { @event = code, total = bySession.Values.Sum(), bySession });
    }

    private JsonResult Cached(object value)
    {
        Response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
        return Json(value);
    }
}
