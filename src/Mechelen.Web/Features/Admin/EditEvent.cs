using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

public static class EditEvent
{
    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "Enter the event's name.")]
        [StringLength(300, ErrorMessage = "The name can have up to 300 characters.")]
        public string Name { get; set; } = "";

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

        /// <summary>The name and description in French and Spanish; empty fields show the original.</summary>
        public List<TranslationForm> Translations { get; set; } = [];

        /// <summary>The interface languages the event works in (en, fr, es).</summary>
        public List<string> WorkingLanguages { get; set; } = [];

        public bool ProgrammeHidden { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!WorkingLanguages.Any(EventSettings.IsLanguage))
            {
                yield return ValidationMessages.Result(validationContext, "Choose at least one working language.", nameof(WorkingLanguages));
            }

            foreach (var result in TranslationFields.Validate(Translations, validationContext,
                (300, "The name can have up to 300 characters."), (4000, "The description can have up to 4,000 characters.")))
            {
                yield return result;
            }
        }
    }

    public sealed record Model(int Id, string Code, bool HasCaptures, Form Form);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public Task<Model?> LoadAsync(int id, CancellationToken cancellationToken) =>
            db.Events.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new Model(e.Id, e.Code, db.Recommendations.Any(r => r.EventId == e.Id), new Form
                {
                    Name = e.Name,
                    Hosts = e.Hosts,
                    Partners = e.Partners,
                    Purpose = e.Purpose,
                    Description = e.Description,
                    Translations = TranslationFields.ToForm(e.Translations),
                    WorkingLanguages = EventSettings.Languages(e.WorkingLanguages),
                    ProgrammeHidden = e.ProgrammeHidden,
                }))
                .FirstOrDefaultAsync(cancellationToken);

        public async Task<bool> HandleAsync(int id, Form form, CancellationToken cancellationToken)
        {
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (ev is null)
            {
                return false;
            }

            var before = new { ev.Name, ev.Hosts, ev.Partners, ev.Purpose, ev.Description, ev.Translations, ev.WorkingLanguages, ev.ProgrammeHidden };
            ev.Name = form.Name.Trim();
            ev.Hosts = form.Hosts.Trim();
            ev.Partners = form.Partners.Trim();
            ev.Purpose = form.Purpose.Trim();
            ev.Description = FormText.TrimOrNull(form.Description);
            ev.Translations = TranslationFields.Apply(ev.Translations, form.Translations);
            ev.WorkingLanguages = EventSettings.Join(form.WorkingLanguages);
            ev.ProgrammeHidden = form.ProgrammeHidden;
            audit.Record(AdminEditActions.EventUpdate, nameof(Domain.Event), id, before,
                new { ev.Name, ev.Hosts, ev.Partners, ev.Purpose, ev.Description, ev.Translations, ev.WorkingLanguages, ev.ProgrammeHidden });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
