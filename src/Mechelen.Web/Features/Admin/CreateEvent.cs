using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>A new event from the screen, empty or with another event's settings (languages, visibility, report cover texts and logos).</summary>
public static class CreateEvent
{
    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "Enter a short code for addresses and file names.")]
        [RegularExpression("^[a-z0-9][a-z0-9-]{1,63}$", ErrorMessage = "Use 2 to 64 lowercase letters, digits and hyphens, e.g. lisbon-2026.")]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Enter the event's name.")]
        [StringLength(300, ErrorMessage = "The name can have up to 300 characters.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter the city.")]
        [StringLength(120, ErrorMessage = "The city can have up to 120 characters.")]
        public string City { get; set; } = "";

        [Required(ErrorMessage = "Enter the country.")]
        [StringLength(120, ErrorMessage = "The country can have up to 120 characters.")]
        public string Country { get; set; } = "";

        [Required(ErrorMessage = "Enter the time zone, e.g. Europe/Brussels.")]
        public string TimeZone { get; set; } = "Europe/Brussels";

        public DateOnly StartDate { get; set; }

        public DateOnly EndDate { get; set; }

        [Required(ErrorMessage = "Enter the hosts.")]
        [StringLength(1000, ErrorMessage = "The hosts can have up to 1,000 characters.")]
        public string Hosts { get; set; } = "";

        [Required(ErrorMessage = "Enter the partners.")]
        [StringLength(1000, ErrorMessage = "The partners can have up to 1,000 characters.")]
        public string Partners { get; set; } = "";

        [Required(ErrorMessage = "Say what the outcome is input to.")]
        [StringLength(1000, ErrorMessage = "The purpose can have up to 1,000 characters.")]
        public string Purpose { get; set; } = "";

        [StringLength(4000, ErrorMessage = "The description can have up to 4,000 characters.")]
        public string? Description { get; set; }

        public List<string> WorkingLanguages { get; set; } = [];

        public bool ProgrammeHidden { get; set; }

        /// <summary>The event whose report texts and logos are copied too.</summary>
        public int? CopyFromId { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (EndDate < StartDate)
            {
                yield return ValidationMessages.Result(validationContext, "The last day must not be before the first.", nameof(EndDate));
            }

            if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone.Trim(), out _))
            {
                yield return ValidationMessages.Result(validationContext, "This is not a time zone: use a name such as Europe/Brussels or America/Mexico_City.", nameof(TimeZone));
            }

            if (!WorkingLanguages.Any(EventSettings.IsLanguage))
            {
                yield return ValidationMessages.Result(validationContext, "Choose at least one working language.", nameof(WorkingLanguages));
            }
        }
    }

    public sealed record Model(Form Form, string? CopyFromName);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        /// <summary>An empty form, or one filled with the settings of <paramref name="copyFrom"/> (its name and code left to choose).</summary>
        public async Task<Model> NewAsync(int? copyFrom, CancellationToken cancellationToken)
        {
            var source = copyFrom is null ? null : await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == copyFrom, cancellationToken);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return source is null
                ? new Model(new Form { StartDate = today, EndDate = today, WorkingLanguages = EventSettings.Languages(Event.DefaultWorkingLanguages) }, null)
                : new Model(new Form
                {
                    City = source.City,
                    Country = source.Country,
                    TimeZone = source.TimeZone,
                    StartDate = today,
                    EndDate = today.AddDays(source.EndDate.DayNumber - source.StartDate.DayNumber),
                    Hosts = source.Hosts,
                    Partners = source.Partners,
                    Purpose = source.Purpose,
                    WorkingLanguages = EventSettings.Languages(source.WorkingLanguages),
                    ProgrammeHidden = source.ProgrammeHidden,
                    CopyFromId = source.Id,
                }, source.Name);
        }

        /// <summary>The new event's id, or the reason it was not made.</summary>
        public async Task<(int? Id, Message? Error)> HandleAsync(Form form, CancellationToken cancellationToken)
        {
            var code = form.Code.Trim();
            if (await db.Events.AnyAsync(e => e.Code == code, cancellationToken))
            {
                return (null, new Message("An event with this code exists already."));
            }

            var ev = new Event
            {
                Code = code,
                Name = form.Name.Trim(),
                City = form.City.Trim(),
                Country = form.Country.Trim(),
                TimeZone = form.TimeZone.Trim(),
                StartDate = form.StartDate,
                EndDate = form.EndDate,
                Hosts = form.Hosts.Trim(),
                Partners = form.Partners.Trim(),
                Purpose = form.Purpose.Trim(),
                Description = FormText.TrimOrNull(form.Description),
                WorkingLanguages = EventSettings.Join(form.WorkingLanguages),
                ProgrammeHidden = form.ProgrammeHidden,
            };
            if (form.CopyFromId is { } sourceId
                && await db.Events.AsNoTracking().Include(e => e.Logos).FirstOrDefaultAsync(e => e.Id == sourceId, cancellationToken) is { } source)
            {
                ev.ReportDisclaimer = source.ReportDisclaimer;
                ev.ReportForeword = source.ReportForeword;
                ev.Logos.AddRange(source.Logos.Select(l => new EventLogo
                {
                    Name = l.Name,
                    ContentType = l.ContentType,
                    Data = l.Data,
                    Order = l.Order,
                    Width = l.Width,
                    Height = l.Height,
                    UploadedAt = l.UploadedAt,
                    UploadedBy = l.UploadedBy,
                }));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Events.Add(ev);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(AdminEditActions.EventCreate, nameof(Event), ev.Id, null,
                new { ev.Code, ev.Name, ev.City, ev.Country, ev.TimeZone, ev.StartDate, ev.EndDate, ev.WorkingLanguages, ev.ProgrammeHidden, CopiedFrom = form.CopyFromId });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (ev.Id, null);
        }
    }
}
