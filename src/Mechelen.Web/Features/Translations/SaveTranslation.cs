using Mechelen.Web.Auditing;
using Mechelen.Web.Data;
using Mechelen.Web.Data.Configurations;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Translations;

/// <summary>
/// An officer writes, corrects or removes (by emptying the text) the translation of a recommendation into one of the
/// event's languages, or a key recommendation's wording in one of them. Audited on the item it translates.
/// </summary>
public static class SaveTranslation
{
    public const string SavedAction = "Translate";
    public const string RemovedAction = "RemoveTranslation";

    public sealed class Form
    {
        /// <summary>Required: a form without it names no language and is refused rather than read as English.</summary>
        public RecommendationLanguage? Language { get; set; }
        public string? Text { get; set; }
        public string? Rationale { get; set; }
    }

    public enum Outcome
    {
        NotFound,
        Invalid,
        Saved,
        Removed,
    }

    public sealed record Result(Outcome Outcome, IReadOnlyList<Message> Errors)
    {
        public static Result Failed(params Message[] errors) => new(Outcome.Invalid, errors);
    }

    public sealed class Handler(MechelenDbContext db, RecommendationScope.Resolver scopes, AuditLog audit, CurrentUser user, TimeProvider clock)
    {
        public async Task<Result> RecommendationAsync(int id, Form form, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(form);
            var scope = await scopes.GetAsync(cancellationToken);
            var recommendation = await scope.Visible(db.Recommendations).Include(r => r.Translations)
                .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (recommendation is null)
            {
                return new Result(Outcome.NotFound, []);
            }

            var errors = Check(form, withRationale: true).ToList();
            if (form.Language == recommendation.Language)
            {
                errors.Insert(0, new Message("This recommendation was written in that language: a translation is into another of the event's languages."));
            }

            var existing = recommendation.Translations.FirstOrDefault(t => t.Language == form.Language);
            if (errors.Count == 0 && existing is null && string.IsNullOrEmpty(form.Text))
            {
                errors.Add(new Message("Write the text of the translation."));
            }

            if (errors.Count > 0)
            {
                return new Result(Outcome.Invalid, errors);
            }

            var before = existing is null ? null : new { existing.Language, existing.Text, existing.Rationale };
            var now = clock.GetUtcNow().UtcDateTime;
            if (string.IsNullOrEmpty(form.Text))
            {
                recommendation.Translations.Remove(existing!);
                audit.Record(RemovedAction, nameof(Recommendation), id, before, null);
                await db.SaveChangesAsync(cancellationToken);
                return new Result(Outcome.Removed, []);
            }

            existing ??= Add(recommendation, form.Language!.Value);
            existing.Text = form.Text;
            existing.Rationale = string.IsNullOrEmpty(form.Rationale) ? null : form.Rationale;
            existing.TranslatedById = user.Id;
            existing.TranslatedByName = user.Name;
            existing.UpdatedAt = now;
            audit.Record(SavedAction, nameof(Recommendation), id, before, new { existing.Language, existing.Text, existing.Rationale });
            await db.SaveChangesAsync(cancellationToken);
            return new Result(Outcome.Saved, []);
        }

        public async Task<Result> KeyRecommendationAsync(int id, Form form, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(form);
            var key = await db.KeyRecommendations.Include(k => k.Translations).FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (key is null)
            {
                return new Result(Outcome.NotFound, []);
            }

            var errors = Check(form, withRationale: false).ToList();
            var existing = key.Translations.FirstOrDefault(t => t.Language == form.Language);
            if (errors.Count == 0 && existing is null && string.IsNullOrEmpty(form.Text))
            {
                errors.Add(new Message("Write the wording in this language."));
            }

            if (errors.Count > 0)
            {
                return new Result(Outcome.Invalid, errors);
            }

            var before = existing is null ? null : new { existing.Language, existing.Wording };
            if (string.IsNullOrEmpty(form.Text))
            {
                key.Translations.Remove(existing!);
                audit.Record(RemovedAction, nameof(KeyRecommendation), id, before, null);
                await db.SaveChangesAsync(cancellationToken);
                return new Result(Outcome.Removed, []);
            }

            if (existing is null)
            {
                existing = new KeyRecommendationTranslation { Language = form.Language!.Value, Wording = form.Text, TranslatedByName = user.Name };
                key.Translations.Add(existing);
            }

            existing.Wording = form.Text;
            existing.TranslatedById = user.Id;
            existing.TranslatedByName = user.Name;
            existing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(SavedAction, nameof(KeyRecommendation), id, before, new { existing.Language, existing.Wording });
            await db.SaveChangesAsync(cancellationToken);
            return new Result(Outcome.Saved, []);
        }

        /// <summary>The language a recommendation visible to the reader was written in, or null when there is none.</summary>
        public async Task<RecommendationLanguage?> OriginalLanguageAsync(int id, CancellationToken cancellationToken)
        {
            var scope = await scopes.GetAsync(cancellationToken);
            return await scope.Visible(db.Recommendations.AsNoTracking()).Where(r => r.Id == id)
                .Select(r => (RecommendationLanguage?)r.Language).FirstOrDefaultAsync(cancellationToken);
        }

        public Task<bool> KeyExistsAsync(int id, CancellationToken cancellationToken) =>
            db.KeyRecommendations.AnyAsync(k => k.Id == id, cancellationToken);

        private RecommendationTranslation Add(Recommendation recommendation, RecommendationLanguage language)
        {
            var translation = new RecommendationTranslation { Language = language, Text = "", TranslatedByName = user.Name };
            recommendation.Translations.Add(translation);
            return translation;
        }

        private static IEnumerable<Message> Check(Form form, bool withRationale)
        {
            if (form.Language is not { } language || !ContentLanguages.All.Contains(language))
            {
                yield return new Message("Choose one of the event's languages: English, French or Spanish.");
            }

            if (form.Text is { Length: > RecommendationConfiguration.TextMaxLength })
            {
                yield return new Message("The text is {0} characters long; at most {1} are kept.", form.Text.Length, RecommendationConfiguration.TextMaxLength);
            }

            if (withRationale && form.Rationale is { Length: > RecommendationConfiguration.TextMaxLength })
            {
                yield return new Message("The rationale is {0} characters long; at most {1} are kept.", form.Rationale.Length, RecommendationConfiguration.TextMaxLength);
            }

            if (withRationale && string.IsNullOrEmpty(form.Text) && !string.IsNullOrEmpty(form.Rationale))
            {
                yield return new Message("Write the text of the translation.");
            }
        }
    }
}
