using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Review;

/// <summary>
/// Takes back an officer's last review (validate, reject, tags) or last bulk action within a few minutes. What is
/// undone is read from the audit log, which already holds each item's state before and after; the undo restores the
/// "before" of items nobody changed since, all or none, and is itself an audit entry.
/// </summary>
public static class UndoReview
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public const string Action = "Undo";

    private static readonly string[] SingleActions = ["Review", "Validate", "Reject"];
    private static readonly string[] BulkActions = ["BulkValidate", "BulkReject", "BulkAddArea"];

    /// <summary>An action that can still be undone: whether it was a bulk one, what it did, to how many, until when.</summary>
    public sealed record Offer(bool Bulk, string Action, int Count, DateTime Until);

    public sealed class Handler(MechelenDbContext db, AuditLog audit, CurrentUser user, TimeProvider clock)
    {
        /// <summary>The user's last action and last bulk action that can still be undone.</summary>
        public async Task<IReadOnlyList<Offer>> OffersAsync(CancellationToken cancellationToken)
        {
            var offers = new List<Offer>();
            foreach (var bulk in new[] { false, true })
            {
                if (await LastAsync(bulk, cancellationToken) is { Count: > 0 } batch)
                {
                    offers.Add(new Offer(bulk, batch[0].Action, batch.Count, batch[0].At + Window));
                }
            }

            return offers;
        }

        /// <summary>Null when undone, else why not (nothing is changed then).</summary>
        public async Task<(int Undone, IReadOnlyList<Message> Errors)> UndoAsync(bool bulk, CancellationToken cancellationToken)
        {
            var batch = await LastAsync(bulk, cancellationToken);
            if (batch is not { Count: > 0 })
            {
                return (0, [new Message("There is nothing to undo: only your last action of the past {0} minutes can be undone.", (int)Window.TotalMinutes)]);
            }

            var ids = batch.Select(e => int.Parse(e.EntityId, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var items = await db.Recommendations.Include(r => r.Areas).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
            var areas = await db.GovernanceAreas.ToListAsync(cancellationToken);
            var errors = new List<Message>();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entry in batch)
            {
                var id = int.Parse(entry.EntityId, System.Globalization.CultureInfo.InvariantCulture);
                var before = AuditLog.FromJson<ReviewRules.Snapshot>(entry.Before);
                var after = AuditLog.FromJson<ReviewRules.Snapshot>(entry.After);
                if (!items.TryGetValue(id, out var r) || before is null || after is null || r.Version != after.Version)
                {
                    errors.Add(new Message("Recommendation {0} was changed since: nothing was undone.", id));
                    continue;
                }

                var current = ReviewRules.Snap(r);
                r.Areas.Clear();
                r.Areas.AddRange(areas.Where(a => before.Areas.Contains(a.Code)));
                r.Levels = before.Levels;
                r.Actors = before.Actors;
                r.Language = before.Language;
                r.Status = before.Status;
                r.RejectionReason = before.RejectionReason;
                r.UpdatedAt = now;
                audit.Record(Action, nameof(Recommendation), r.Id, current, ReviewRules.Snap(r) with { Version = r.Version + 1 }, now);
            }

            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return (0, errors);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return (0, [new Message("Some of these recommendations were changed by someone else just now: reload and try again.")]);
            }

            return (batch.Count, []);
        }

        /// <summary>The entries of the user's latest single (or bulk) review within the window, unless an undo came after it.</summary>
        private async Task<List<AuditEntry>?> LastAsync(bool bulk, CancellationToken cancellationToken)
        {
            var since = clock.GetUtcNow().UtcDateTime - Window;
            var actions = bulk ? BulkActions : SingleActions;
            var userId = user.Id;
            var mine = db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId && e.EntityType == nameof(Recommendation) && e.At >= since);
            var last = await mine.Where(e => actions.Contains(e.Action)).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
            if (last is null)
            {
                return null;
            }

            var batch = bulk
                ? await mine.Where(e => e.Action == last.Action && e.At == last.At).OrderBy(e => e.Id).ToListAsync(cancellationToken)
                : [last];
            var ids = batch.Select(e => e.EntityId).ToList();
            var undone = await mine.AnyAsync(e => e.Action == Action && e.At >= last.At && e.Id > last.Id && ids.Contains(e.EntityId), cancellationToken);
            return undone ? null : batch;
        }
    }
}

/// <summary>The undo offers shown on a page, and where the page is, to come back to after undoing.</summary>
public sealed record UndoList(IReadOnlyList<UndoReview.Offer> Offers, string ReturnUrl);
