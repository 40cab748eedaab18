using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
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

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
            TranslationFields.Validate(Translations, validationContext,
                (300, "The name can have up to 300 characters."), (4000, "The description can have up to 4,000 characters."));
    }

    public sealed record Model(int Id, string Code, Form Form);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public Task<Model?> LoadAsync(int id, CancellationToken cancellationToken) =>
            db.Events.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new Model(e.Id, e.Code, new Form
                {
                    Name = e.Name,
                    Hosts = e.Hosts,
                    Partners = e.Partners,
                    Purpose = e.Purpose,
                    Description = e.Description,
                    Translations = TranslationFields.ToForm(e.Translations),
                }))
                .FirstOrDefaultAsync(cancellationToken);

        public async Task<bool> HandleAsync(int id, Form form, CancellationToken cancellationToken)
        {
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (ev is null)
            {
                return false;
            }

            var before = new { ev.Name, ev.Hosts, ev.Partners, ev.Purpose, ev.Description, ev.Translations };
            ev.Name = form.Name.Trim();
            ev.Hosts = form.Hosts.Trim();
            ev.Partners = form.Partners.Trim();
            ev.Purpose = form.Purpose.Trim();
            ev.Description = FormText.TrimOrNull(form.Description);
            ev.Translations = TranslationFields.Apply(ev.Translations, form.Translations);
            audit.Record(AdminEditActions.EventUpdate, nameof(Domain.Event), id, before, new { ev.Name, ev.Hosts, ev.Partners, ev.Purpose, ev.Description, ev.Translations });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
