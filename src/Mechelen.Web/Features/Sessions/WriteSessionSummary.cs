using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Admin;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>
/// The session's rapporteur (or a policy officer) writes its summary for the outcome report: key issues and
/// the way forward, up to about a page. Audited with the text before and after.
/// </summary>
public static class WriteSessionSummary
{
    public const string Action = "SessionSummaryUpdated";

    public sealed class Form
    {
        [StringLength(SessionSummaryLimits.MaxLength, ErrorMessage = "The summary can have up to 6,000 characters (about a page of the report).")]
        public string? Summary { get; set; }
    }

    public enum Outcome
    {
        Saved,
        NotFound,
        Forbidden,
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit, CurrentUser user, CaptureAccess access, TimeProvider clock)
    {
        public async Task<bool> MayWriteAsync(int sessionId, CancellationToken cancellationToken) =>
            user.IsInRole(Roles.PolicyOfficer) || await access.IsAssignedAsync(sessionId, cancellationToken);

        public async Task<Outcome> HandleAsync(int sessionId, Form form, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(form);
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return Outcome.NotFound;
            }

            if (!await MayWriteAsync(sessionId, cancellationToken))
            {
                return Outcome.Forbidden;
            }

            var before = new { session.Summary };
            session.Summary = FormText.TrimOrNull(form.Summary);
            session.SummaryUpdatedAt = clock.GetUtcNow().UtcDateTime;
            session.SummaryUpdatedBy = user.Name;
            audit.Record(Action, nameof(Session), session.Id, before, new { session.Summary });
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Saved;
        }
    }
}
