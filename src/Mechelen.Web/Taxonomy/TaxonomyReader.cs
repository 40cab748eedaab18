using Mechelen.Web.Data;
using Mechelen.Web.Infrastructure;
using Mechelen.Web.Infrastructure.Localisation;

namespace Mechelen.Web.Taxonomy;

/// <summary>
/// The one way pages, files and the report read the taxonomy: the catalog with every translation, and its names in a
/// language, both cached under the taxonomy's change stamp (editing the taxonomy or the programme bumps it; saving a
/// recommendation does not, so the names outlive a write).
/// </summary>
public sealed class TaxonomyReader(MechelenDbContext db, FiguresCache cache)
{
    public async Task<TaxonomyCatalog> CatalogAsync(CancellationToken cancellationToken) =>
        await CatalogAsync(await FiguresCache.TaxonomyStampAsync(db, cancellationToken), cancellationToken);

    /// <summary>For a caller that has read the taxonomy's stamp already.</summary>
    public Task<TaxonomyCatalog> CatalogAsync(long stamp, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(stamp, "taxonomy", () => TaxonomyCatalog.LoadAsync(db, cancellationToken), c => c.CacheSize());

    /// <summary>The names in the reader's language (the request's UI culture).</summary>
    public Task<TaxonomyNames> NamesAsync(CancellationToken cancellationToken) => NamesAsync(Cultures.Current, cancellationToken);

    /// <summary>The names in <paramref name="language"/>; null for the original wording.</summary>
    public async Task<TaxonomyNames> NamesAsync(string? language, CancellationToken cancellationToken) =>
        await NamesAsync(await FiguresCache.TaxonomyStampAsync(db, cancellationToken), language, cancellationToken);

    /// <summary>For a caller that has read the taxonomy's stamp already (<see cref="FiguresCache.StampsAsync"/>).</summary>
    public Task<TaxonomyNames> NamesAsync(long stamp, string? language, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(stamp, $"taxonomy|{language ?? "original"}",
            async () => (await CatalogAsync(stamp, cancellationToken)).In(language), _ => 8);
}
