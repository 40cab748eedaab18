using System.ComponentModel.DataAnnotations;
using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.ReportSettings;

/// <summary>What the secretariat sets for an event's outcome report: document symbol, date of issue, disclaimer and foreword.</summary>
public static class EditReportSettings
{
    public const string Action = "ReportSettingsUpdated";

    public sealed class Form
    {
        [StringLength(64, ErrorMessage = "The document symbol can have up to 64 characters.")]
        [RegularExpression(@"^[\p{L}\p{N}/.\-_() ]*$", ErrorMessage = "The document symbol can have letters, digits, spaces and / . - _ ( ) only.")]
        public string? Symbol { get; set; }

        [DataType(DataType.Date)]
        public DateOnly? DateOfIssue { get; set; }

        [StringLength(1000, ErrorMessage = "The disclaimer can have up to 1,000 characters.")]
        public string? Disclaimer { get; set; }

        [StringLength(4000, ErrorMessage = "The foreword can have up to 4,000 characters.")]
        public string? Foreword { get; set; }
    }

    public sealed record LogoItem(int Id, string Name, string ContentType, int Width, int Height, int Bytes);

    public sealed record Model(int EventId, string Code, string Name, Form Form, IReadOnlyList<LogoItem> Logos);

    public sealed class Handler(MechelenDbContext db, AuditLog audit)
    {
        public async Task<Model?> LoadAsync(string code, CancellationToken cancellationToken)
        {
            var ev = await db.Events.AsNoTracking().Where(e => e.Code == code)
                .Select(e => new { e.Id, e.Code, e.Name, e.ReportSymbol, e.ReportDateOfIssue, e.ReportDisclaimer, e.ReportForeword })
                .FirstOrDefaultAsync(cancellationToken);
            if (ev is null)
            {
                return null;
            }

            var logos = await db.EventLogos.AsNoTracking().Where(l => l.EventId == ev.Id).OrderBy(l => l.Order).ThenBy(l => l.Id)
                .Select(l => new LogoItem(l.Id, l.Name, l.ContentType, l.Width, l.Height, l.Data.Length))
                .ToListAsync(cancellationToken);
            var form = new Form { Symbol = ev.ReportSymbol, DateOfIssue = ev.ReportDateOfIssue, Disclaimer = ev.ReportDisclaimer, Foreword = ev.ReportForeword };
            return new Model(ev.Id, ev.Code, ev.Name, form, logos);
        }

        /// <summary>False when there is no event with this code.</summary>
        public async Task<bool> HandleAsync(string code, Form form, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(form);
            var ev = await db.Events.FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
            if (ev is null)
            {
                return false;
            }

            var before = new { ev.ReportSymbol, ev.ReportDateOfIssue, ev.ReportDisclaimer, ev.ReportForeword };
            ev.ReportSymbol = FormText.TrimOrNull(form.Symbol);
            ev.ReportDateOfIssue = form.DateOfIssue;
            ev.ReportDisclaimer = FormText.TrimOrNull(form.Disclaimer);
            ev.ReportForeword = FormText.TrimOrNull(form.Foreword);
            audit.Record(Action, nameof(Domain.Event), ev.Id, before, new { ev.ReportSymbol, ev.ReportDateOfIssue, ev.ReportDisclaimer, ev.ReportForeword });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
