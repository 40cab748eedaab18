using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Capture;
using Mechelen.Web.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Sessions;

/// <summary>One session of the programme, with its event, its number of recommendations and whether the visitor captures in it.</summary>
public static class SessionDetails
{
    public sealed record Model(
        int Id, string Title, SessionKind Kind, DateTime StartsAt, DateTime EndsAt,
        string? Moderator, string? Organiser, string? Focus, string? Room,
        string EventCode, string EventName, string EventCity, int Recommendations, string? Summary)
    {
        /// <summary>True when the visitor is a rapporteur assigned to this session.</summary>
        public bool CanCapture { get; init; }

        /// <summary>True when the visitor may write the session's summary (its rapporteur or a policy officer).</summary>
        public bool CanWriteSummary { get; init; }

        /// <summary>The live counts by status and area.</summary>
        public ProgressView? Progress { get; init; }
    }

    public sealed class Handler(MechelenDbContext db, SessionCounts counts, CaptureAccess access, TaxonomyReader taxonomies, WriteSessionSummary.Handler summary, SessionProgress progress)
    {
        public async Task<Model?> HandleAsync(int id, CancellationToken cancellationToken)
        {
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new
                {
                    s.EventId,
                    Model = new Model(s.Id, s.Title, s.Kind, s.StartsAt, s.EndsAt, s.Moderator, s.Organiser, s.Focus, s.Room,
                    s.Event.Code, s.Event.Name, s.Event.City, 0, s.Summary)
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (session is null)
            {
                return null;
            }

            var perSession = await counts.ForEventAsync(session.EventId, cancellationToken);
            var names = await taxonomies.NamesAsync(cancellationToken);
            var translated = names.FindSession(id);
            return session.Model with
            {
                Title = translated?.Title ?? session.Model.Title,
                Focus = translated is null ? session.Model.Focus : translated.Focus,
                EventName = names.FindEvent(session.EventId)?.Name ?? session.Model.EventName,
                Recommendations = perSession.GetValueOrDefault(id),
                CanCapture = await access.IsAssignedAsync(id, cancellationToken),
                CanWriteSummary = await summary.MayWriteAsync(id, cancellationToken),
                Progress = new ProgressView(await progress.ForSessionAsync(id, cancellationToken), CapturePage.Choices(names).Areas),
            };
        }
    }
}
