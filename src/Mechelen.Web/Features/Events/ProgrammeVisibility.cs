using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Events;

/// <summary>An event's programme can be kept from visitors who are not signed in (an event setting).</summary>
public static class ProgrammeVisibility
{
    public static async Task<bool> HiddenAsync(HttpContext context, int eventId, CancellationToken cancellationToken) =>
        context.User.Identity?.IsAuthenticated != true
        && await context.RequestServices.GetRequiredService<MechelenDbContext>().Events.AnyAsync(e => e.Id == eventId && e.ProgrammeHidden, cancellationToken);

    public static async Task<bool> SessionHiddenAsync(HttpContext context, int sessionId, CancellationToken cancellationToken) =>
        context.User.Identity?.IsAuthenticated != true
        && await context.RequestServices.GetRequiredService<MechelenDbContext>().Sessions.AnyAsync(s => s.Id == sessionId && s.Event.ProgrammeHidden, cancellationToken);
}
