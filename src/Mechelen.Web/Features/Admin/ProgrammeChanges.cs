using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>Sessions added from the screen (also during the event), and events or sessions deleted while nothing was captured in them.</summary>
public static class ProgrammeChanges
{
    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public async Task<EditSession.Model?> NewSessionAsync(int eventId, CancellationToken cancellationToken)
        {
            var ev = await db.Events.AsNoTracking().Where(e => e.Id == eventId)
                .Select(e => new { e.Id, e.Name, e.StartDate, e.EndDate }).FirstOrDefaultAsync(cancellationToken);
            return ev is null ? null : new EditSession.Model(0, ev.Name, ev.StartDate, ev.EndDate, new EditSession.Form
            {
                Date = ev.StartDate,
                Start = new TimeOnly(9, 0),
                End = new TimeOnly(10, 30),
                Translations = TranslationFields.ToForm(new Dictionary<string, Translation>()),
            })
            { EventId = ev.Id };
        }

        /// <summary>The new session's id, or the reason it was not added.</summary>
        public async Task<(int? Id, Message? Error)> AddSessionAsync(int eventId, EditSession.Form form, CancellationToken cancellationToken)
        {
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken);
            if (ev is null)
            {
                return (null, new Message("This event no longer exists."));
            }

            if (form.Date < ev.StartDate || form.Date > ev.EndDate)
            {
                return (null, new Message("The date must be within the event's dates."));
            }

            var session = new Session
            {
                EventId = ev.Id,
                // Seeds never use this prefix, so a seed file can never take over a session made on screen.
                Code = $"admin-{Guid.NewGuid():N}"[..20],
                Title = form.Title.Trim(),
                Kind = form.Kind,
                Order = form.Order,
                Focus = FormText.TrimOrNull(form.Focus),
                Moderator = FormText.TrimOrNull(form.Moderator),
                Organiser = FormText.TrimOrNull(form.Organiser),
                Room = FormText.TrimOrNull(form.Room),
                StartsAt = form.Date.ToDateTime(form.Start),
                EndsAt = form.Date.ToDateTime(form.End),
                Translations = TranslationFields.Apply(new Dictionary<string, Translation>(), form.Translations),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Sessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(AdminEditActions.SessionCreate, nameof(Session), session.Id, null,
                new { session.Title, session.Kind, session.Order, session.Focus, session.Moderator, session.Organiser, session.Room, session.StartsAt, session.EndsAt, Event = ev.Code });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (session.Id, null);
        }

        /// <summary>Null when deleted; otherwise why not.</summary>
        public async Task<Message?> DeleteSessionAsync(int id, CancellationToken cancellationToken)
        {
            var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return new Message("This session no longer exists.");
            }

            if (await db.Recommendations.AnyAsync(r => r.SessionId == id, cancellationToken))
            {
                return new Message("Recommendations were captured in this session, so it cannot be deleted.");
            }

            db.Sessions.Remove(session);
            audit.Record(AdminEditActions.SessionDelete, nameof(Session), id, new { session.Code, session.Title, session.StartsAt }, null);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        /// <summary>Null when deleted; otherwise why not.</summary>
        public async Task<Message?> DeleteEventAsync(int id, CancellationToken cancellationToken)
        {
            var ev = await db.Events.Include(e => e.Sessions).Include(e => e.Logos).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (ev is null)
            {
                return new Message("This event no longer exists.");
            }

            if (await db.Recommendations.AnyAsync(r => r.EventId == id, cancellationToken) || await db.KeyRecommendations.AnyAsync(k => k.EventId == id, cancellationToken))
            {
                return new Message("Recommendations were captured in this event, so it cannot be deleted.");
            }

            db.Events.Remove(ev);
            audit.Record(AdminEditActions.EventDelete, nameof(Event), id, new { ev.Code, ev.Name, Sessions = ev.Sessions.Count }, null);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
