using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports;

/// <summary>
/// The secretariat marks an event's outcome report final (the DRAFT watermark and the draft key
/// recommendations leave it) or reopens it. Both are audited in the same save as the change.
/// </summary>
public static class FinalizeReport
{
    public const string FinalizedAction = "ReportFinalized";
    public const string ReopenedAction = "ReportReopened";

    public sealed class Handler(MechelenDbContext db, AuditLog audit, CurrentUser user, TimeProvider clock)
    {
        /// <summary>False when there is no event with this code. Asking for the state the report is already in changes nothing.</summary>
        public async Task<bool> HandleAsync(string eventCode, bool final, CancellationToken cancellationToken)
        {
            var ev = await db.Events.SingleOrDefaultAsync(e => e.Code == eventCode, cancellationToken);
            if (ev is null)
            {
                return false;
            }

            if ((ev.ReportFinalizedAt is not null) == final)
            {
                return true;
            }

            var before = new { ev.ReportFinalizedAt, ev.ReportFinalizedBy };
            ev.ReportFinalizedAt = final ? clock.GetUtcNow().UtcDateTime : null;
            ev.ReportFinalizedBy = final ? user.Name : null;
            audit.Record(final ? FinalizedAction : ReopenedAction, "Event", ev.Id, before, new { ev.ReportFinalizedAt, ev.ReportFinalizedBy });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
