using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Admin;

/// <summary>A governance area's name, description and place in every list, form and report.</summary>
public static class EditArea
{
    public sealed class Form : IValidatableObject
    {
        [Required(ErrorMessage = "Enter the area's name.")]
        [StringLength(200, ErrorMessage = "The name can have up to 200 characters.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter a description: it helps rapporteurs choose.")]
        [StringLength(2000, ErrorMessage = "The description can have up to 2,000 characters.")]
        public string Description { get; set; } = "";

        [Range(1, 999, ErrorMessage = "The order is a number from 1 to 999.")]
        public int Order { get; set; }

        /// <summary>The name and description in French and Spanish; empty fields show the original.</summary>
        public List<TranslationForm> Translations { get; set; } = [];

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
            TranslationFields.Validate(Translations, validationContext,
                (200, "The name can have up to 200 characters."), (2000, "The description can have up to 2,000 characters."));
    }

    public sealed record Model(int Id, string Code, Form Form);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public Task<Model?> LoadAsync(int id, CancellationToken cancellationToken) =>
            db.GovernanceAreas.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new Model(a.Id, a.Code, new Form { Name = a.Name, Description = a.Description, Order = a.Order, Translations = TranslationFields.ToForm(a.Translations) }))
                .FirstOrDefaultAsync(cancellationToken);

        public async Task<bool> HandleAsync(int id, Form form, CancellationToken cancellationToken)
        {
            var area = await db.GovernanceAreas.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (area is null)
            {
                return false;
            }

            var before = new { area.Name, area.Description, area.Order, area.Translations };
            area.Name = form.Name.Trim();
            area.Description = form.Description.Trim();
            area.Order = form.Order;
            area.Translations = TranslationFields.Apply(area.Translations, form.Translations);
            audit.Record(AdminEditActions.AreaUpdate, nameof(Domain.GovernanceArea), id, before, new { area.Name, area.Description, area.Order, area.Translations });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
