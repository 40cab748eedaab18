using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>A session's wording and its place in the programme (day and times, in the event's local time).</summary>
public static class EditSession
{
    public const int MaxOrder = 999;

    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "Enter the session's title.")]
        [StringLength(400, ErrorMessage = "The title can have up to 400 characters.")]
        public string Title { get; set; } = "";

        [StringLength(4000, ErrorMessage = "The focus can have up to 4,000 characters.")]
        public string? Focus { get; set; }

        [StringLength(300, ErrorMessage = "The moderator can have up to 300 characters.")]
        public string? Moderator { get; set; }

        [StringLength(300, ErrorMessage = "The organiser can have up to 300 characters.")]
        public string? Organiser { get; set; }

        [StringLength(120, ErrorMessage = "The room can have up to 120 characters.")]
        public string? Room { get; set; }

        public Domain.SessionKind Kind { get; set; } = Domain.SessionKind.GuidedDiscussion;

        [Range(0, MaxOrder, ErrorMessage = "The order is a whole number from 0 to 999.")]
        public int Order { get; set; }

        [Display(Name = "Day")]
        public DateOnly Date { get; set; }

        [Display(Name = "Starts (local time)")]
        public TimeOnly Start { get; set; }

        [Display(Name = "Ends (local time)")]
        public TimeOnly End { get; set; }

        /// <summary>The title (as name) and focus (as description) in French and Spanish; empty fields show the original.</summary>
        public List<TranslationForm> Translations { get; set; } = [];

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (End <= Start)
            {
                yield return ValidationMessages.Result(validationContext, "The end time must be after the start time.", nameof(End));
            }

            foreach (var result in TranslationFields.Validate(Translations, validationContext,
                (400, "The title can have up to 400 characters."), (4000, "The focus can have up to 4,000 characters.")))
            {
                yield return result;
            }
        }
    }

    public sealed record Model(int Id, string EventName, DateOnly EventStart, DateOnly EventEnd, Form Form)
    {
        public int EventId { get; init; }

        public bool HasCaptures { get; init; }
    }

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public Task<Model?> LoadAsync(int id, CancellationToken cancellationToken) =>
            db.Sessions.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new Model(s.Id, s.Event.Name, s.Event.StartDate, s.Event.EndDate, new Form
                {
                    Title = s.Title,
                    Focus = s.Focus,
                    Moderator = s.Moderator,
                    Organiser = s.Organiser,
                    Room = s.Room,
                    Date = DateOnly.FromDateTime(s.StartsAt),
                    Start = TimeOnly.FromDateTime(s.StartsAt),
                    End = TimeOnly.FromDateTime(s.EndsAt),
                    Kind = s.Kind,
                    Order = s.Order,
                    Translations = TranslationFields.ToForm(s.Translations),
                })
                { EventId = s.EventId, HasCaptures = db.Recommendations.Any(r => r.SessionId == s.Id) })
                .FirstOrDefaultAsync(cancellationToken);

        /// <summary>Null when saved; otherwise the reason (the session is missing or the date is outside the event).</summary>
        public async Task<Message?> HandleAsync(int id, Form form, CancellationToken cancellationToken)
        {
            var session = await db.Sessions.Include(s => s.Event).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return new Message("This session no longer exists.");
            }

            if (form.Date < session.Event.StartDate || form.Date > session.Event.EndDate)
            {
                return new Message("The date must be within the event's dates.");
            }

            var before = Snapshot(session);
            session.Title = form.Title.Trim();
            session.Kind = form.Kind;
            session.Order = form.Order;
            session.Focus = FormText.TrimOrNull(form.Focus);
            session.Moderator = FormText.TrimOrNull(form.Moderator);
            session.Organiser = FormText.TrimOrNull(form.Organiser);
            session.Room = FormText.TrimOrNull(form.Room);
            session.StartsAt = form.Date.ToDateTime(form.Start);
            session.EndsAt = form.Date.ToDateTime(form.End);
            session.Translations = TranslationFields.Apply(session.Translations, form.Translations);
            audit.Record(AdminEditActions.SessionUpdate, nameof(Domain.Session), id, before, Snapshot(session));
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private static object Snapshot(Domain.Session s) => new { s.Title, s.Kind, s.Order, s.Focus, s.Moderator, s.Organiser, s.Room, s.StartsAt, s.EndsAt, s.Translations };
    }
}
