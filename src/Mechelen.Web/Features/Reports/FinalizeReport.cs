using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
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

            // Two instances (or two clicks) may ask at once: the update only applies to the state read, inside the transaction
            // that records the audit entry, so exactly one of them changes the report and is audited; the other finds it done.
            var before = new { ev.ReportFinalizedAt, ev.ReportFinalizedBy };
            DateTime? at = final ? clock.GetUtcNow().UtcDateTime : null;
            var by = final ? user.Name : null;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var changed = await db.Events.Where(e => e.Id == ev.Id && (final ? e.ReportFinalizedAt == null : e.ReportFinalizedAt != null))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ReportFinalizedAt, at).SetProperty(e => e.ReportFinalizedBy, by), cancellationToken);
            if (changed == 0)
            {
                return true;
            }

            // The event is data the caches derive from (as SaveChanges would bump for a tracked change).
            await db.BumpChangeStampAsync(cancellationToken);
            audit.Record(final ? FinalizedAction : ReopenedAction, "Event", ev.Id, before, new { ReportFinalizedAt = at, ReportFinalizedBy = by });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }
}
