using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Mechelen.Web.Infrastructure;

/// <summary>
/// What is derived from the recommendations (facet counts, totals, per-session counts, a list page's rows),
/// kept per instance under the database's change stamp. Every request reads the stamp (one primary-key
/// lookup), so a write on any instance makes every instance recompute at its next request; identical
/// filters in between cost no query. Entries are sized in units of about a kilobyte, so a page of long
/// texts counts for more than a facet's counts; the whole cache stays within <see cref="SizeLimit"/> units.
/// </summary>
public sealed class FiguresCache : IDisposable
{
    public const long SizeLimit = 32 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    // Compiled once: read on every request, so it skips the query cache lookup as well as translation.
    private static readonly Func<MechelenDbContext, CancellationToken, Task<long>> ReadStamp = EF.CompileAsyncQuery(
        (MechelenDbContext db, CancellationToken cancellationToken) =>
            db.ChangeStamps.AsNoTracking().Where(s => s.Scope == ChangeStamp.Recommendations).Select(s => s.Value).FirstOrDefault());

    public static Task<long> StampAsync(MechelenDbContext db, CancellationToken cancellationToken) => ReadStamp(db, cancellationToken);

    /// <summary>The recommendations' stamp, and the taxonomy's (which only taxonomy and programme changes move).</summary>
    public sealed record Stamps(long Recommendations, long Taxonomy);

    // Both in one statement; a database without the taxonomy's row (none is created outside the migrations) keys names by the
    // recommendations' stamp, which every taxonomy change moves too.
    private static readonly Func<MechelenDbContext, CancellationToken, Task<Stamps?>> ReadStamps = EF.CompileAsyncQuery(
        (MechelenDbContext db, CancellationToken cancellationToken) =>
            db.ChangeStamps.AsNoTracking().Where(s => s.Scope == ChangeStamp.Recommendations)
                .Select(s => new Stamps(s.Value, db.ChangeStamps.Where(t => t.Scope == ChangeStamp.Taxonomy).Select(t => (long?)t.Value).FirstOrDefault() ?? -1 - s.Value))
                .FirstOrDefault());

    public static async Task<Stamps> StampsAsync(MechelenDbContext db, CancellationToken cancellationToken) =>
        await ReadStamps(db, cancellationToken) ?? new Stamps(0, -1);

    /// <summary>The taxonomy's stamp alone.</summary>
    public static async Task<long> TaxonomyStampAsync(MechelenDbContext db, CancellationToken cancellationToken) =>
        (await StampsAsync(db, cancellationToken)).Taxonomy;

    public async Task<T> GetOrCreateAsync<T>(long stamp, string key, Func<Task<T>> create, Func<T, long>? size = null)
    {
        var fullKey = $"{stamp}|{key}";
        if (_cache.TryGetValue(fullKey, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await create();
        _cache.Set(fullKey, value, new MemoryCacheEntryOptions { Size = size?.Invoke(value) ?? 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return value;
    }

    /// <summary>What <see cref="Set{T}"/> kept under this stamp and key, for a value made where a factory cannot say whether it may be kept.</summary>
    public bool TryGet<T>(long stamp, string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value) where T : class =>
        _cache.TryGetValue($"{stamp}|{key}", out value) && value is not null;

    public void Set<T>(long stamp, string key, T value, long size) where T : class =>
        _cache.Set($"{stamp}|{key}", value, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = TimeSpan.FromMinutes(10) });

    public void Dispose() => _cache.Dispose();
}
