using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Features.Translations;

/// <summary>The translations of a recommendation, or the wordings of a key recommendation, by language, with who wrote them and when.</summary>
public static class TranslationList
{
    public enum Subject
    {
        Recommendation,
        KeyRecommendation,
    }

    public sealed record Item(RecommendationLanguage Language, string Text, string? Rationale, string By, DateTime UpdatedAt);

    /// <summary>
    /// <paramref name="Original"/> is the recommendation's language (null for a key recommendation, whose wording as first
    /// written has no language of record); <paramref name="Languages"/> those a translation can be written in.
    /// </summary>
    public sealed record Model(Subject Subject, int Id, RecommendationLanguage? Original, IReadOnlyList<RecommendationLanguage> Languages, IReadOnlyList<Item> Items)
    {
        public string Action => Subject == Subject.Recommendation ? $"/recommendations/{Id}/translations" : $"/key-recommendations/{Id}/translations";

        public Item? In(RecommendationLanguage language) => Items.FirstOrDefault(i => i.Language == language);
    }

    public sealed class Handler(MechelenDbContext db)
    {
        public async Task<Model> RecommendationAsync(int id, RecommendationLanguage original, CancellationToken cancellationToken)
        {
            var items = await db.RecommendationTranslations.AsNoTracking().Where(t => t.RecommendationId == id)
                .Select(t => new Item(t.Language, t.Text, t.Rationale, t.TranslatedByName, t.UpdatedAt))
                .ToListAsync(cancellationToken);
            return new Model(Subject.Recommendation, id, original, ContentLanguages.All.Where(l => l != original).ToList(), Sorted(items));
        }

        public async Task<Model> KeyRecommendationAsync(int id, CancellationToken cancellationToken)
        {
            var items = await db.KeyRecommendationTranslations.AsNoTracking().Where(t => t.KeyRecommendationId == id)
                .Select(t => new Item(t.Language, t.Wording, null, t.TranslatedByName, t.UpdatedAt))
                .ToListAsync(cancellationToken);
            return new Model(Subject.KeyRecommendation, id, null, ContentLanguages.All, Sorted(items));
        }

        private static List<Item> Sorted(List<Item> items) => [.. items.OrderBy(i => i.Language)];
    }
}
