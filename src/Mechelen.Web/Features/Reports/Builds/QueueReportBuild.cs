using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Reports.Builds;

/// <summary>
/// Asks for a report file to be built in the background, or finds the one already on its way: one build per report
/// at a time, on every instance. A finished file of the data as it is now is answered as it is, without a new build.
/// </summary>
public static class QueueReportBuild
{
    public sealed class Handler(MechelenDbContext db, ReportFiles files, CurrentUser user, TimeProvider clock, ReportBuildSignal signal)
    {
        /// <summary>The build that will hold the file: the queued or running one for this report, a current finished one, or a new one.</summary>
        public async Task<int> HandleAsync(ReportRequest request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var key = request.Key;

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Inside the transaction: on SQLite it holds the write lock, so a request racing this one waits and then finds this build.
            var existing = await ExistingAsync(request, cancellationToken);
            if (existing is { } id)
            {
                await transaction.RollbackAsync(cancellationToken);
                return id;
            }

            var build = new ReportBuild
            {
                Key = key,
                ActiveKey = key,
                Query = request.Query,
                Language = request.Language,
                Format = request.Format,
                Status = ReportBuildStatus.Queued,
                RequestedById = user.Id,
                RequestedByName = user.Name,
                QueuedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.ReportBuilds.Add(build);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // SQL Server reads without that lock: the unique active key let the other request through; join it.
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await ExistingAsync(request, cancellationToken) ?? throw new InvalidOperationException("A report build was refused but none is active.");
            }

            signal.Wake();
            return build.Id;
        }

        // The queued or running build of this report, else its finished file made from the data as it is now.
        private async Task<int?> ExistingAsync(ReportRequest request, CancellationToken cancellationToken)
        {
            var key = request.Key;
            var active = await db.ReportBuilds.AsNoTracking().Where(b => b.ActiveKey == key).Select(b => (int?)b.Id).FirstOrDefaultAsync(cancellationToken);
            return active ?? (await files.CurrentAsync(request, cancellationToken))?.Id;
        }
    }
}
