using Mechelen.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Data;

/// <summary>
/// The one context of the application. Each provider has a subclass so that each keeps its own
/// migration set in this assembly (EF finds migrations by the context type they are attributed to).
/// </summary>
public abstract class MechelenDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<GcmCluster> GcmClusters => Set<GcmCluster>();
    public DbSet<GovernanceArea> GovernanceAreas => Set<GovernanceArea>();
    public DbSet<TaxonomyLabel> TaxonomyLabels => Set<TaxonomyLabel>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationArea> RecommendationAreas => Set<RecommendationArea>();
    public DbSet<KeyRecommendation> KeyRecommendations => Set<KeyRecommendation>();
    public DbSet<KeyRecommendationSource> KeyRecommendationSources => Set<KeyRecommendationSource>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<RapporteurAssignment> RapporteurAssignments => Set<RapporteurAssignment>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ChangeStamp> ChangeStamps => Set<ChangeStamp>();
    public DbSet<ExpiredLoginNote> ExpiredLoginNotes => Set<ExpiredLoginNote>();
    public DbSet<EventLogo> EventLogos => Set<EventLogo>();
    public DbSet<RecommendationTranslation> RecommendationTranslations => Set<RecommendationTranslation>();
    public DbSet<KeyRecommendationTranslation> KeyRecommendationTranslations => Set<KeyRecommendationTranslation>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ReportBuild> ReportBuilds => Set<ReportBuild>();
    public DbSet<ReportBuildFile> ReportBuildFiles => Set<ReportBuildFile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MechelenDbContext).Assembly);
    }

    // The change and the stamp's bump commit together, in the caller's transaction or in one of their
    // own: a reader never caches what the data says under a stamp that does not cover it, and a bump
    // that fails takes the change back with it. Changes are accepted only once both are committed.
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var (data, taxonomy) = BumpVersionsAndSeeChanges();
        if (!data)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
        // Written data is not abandoned for a cancelled request: the bump and the commit run to the end.
        await Database.ExecuteSqlAsync(BumpSql(taxonomy), CancellationToken.None);
        if (own is not null)
        {
            await own.CommitAsync(CancellationToken.None);
        }

        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return result;
    }

    /// <summary>
    /// Moves the recommendations' change stamp on, so every cache derived from them (on every instance) is stale; for
    /// writes that go around the change tracker, inside their transaction.
    /// </summary>
    public Task BumpChangeStampAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"UPDATE ChangeStamps SET Value = Value + 1 WHERE Scope = {ChangeStamp.Recommendations}", cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var (data, taxonomy) = BumpVersionsAndSeeChanges();
        if (!data)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess: false);
        Database.ExecuteSql(BumpSql(taxonomy));
        own?.Commit();
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return result;
    }

    // A taxonomy change moves both stamps: lists and rows carry its names, and the names themselves are cached under the second.
    private static FormattableString BumpSql(bool taxonomy) =>
        $"UPDATE ChangeStamps SET Value = Value + 1 WHERE Scope IN ({ChangeStamp.Recommendations}, {(taxonomy ? ChangeStamp.Taxonomy : ChangeStamp.Recommendations)})";

    // One pass over the changed entries, which also moves the versions on: a recommendation's or key recommendation's
    // token is checked against its original value and replaced by the next one, so a second writer holding the old
    // version gets a DbUpdateConcurrencyException instead of overwriting. Answers what the save changes. The taxonomy:
    // what its read model is built from (areas, clusters and their mapping, labels, events and their programmes). The
    // recommendations' data: everything the list's figures are computed from (recommendations, their areas, translations
    // and key recommendations, and the taxonomy that labels and groups them), and the report cover's logos, so a report
    // file built before a logo changed is seen as out of date.
    private (bool Data, bool Taxonomy) BumpVersionsAndSeeChanges()
    {
        bool data = false, taxonomy = false;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && entry.Entity is Recommendation or KeyRecommendation)
            {
                var version = entry.Property(nameof(Recommendation.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }

            var isTaxonomy = entry.Entity is GovernanceArea or GcmCluster or Session or Event or TaxonomyLabel or Dictionary<string, object>;
            taxonomy |= isTaxonomy;
            data |= isTaxonomy || entry.Entity is Recommendation or RecommendationArea or KeyRecommendation or KeyRecommendationSource
                or RecommendationTranslation or KeyRecommendationTranslation or EventLogo;
        }

        return (data, taxonomy);
    }
}

public sealed class SqliteMechelenDbContext(DbContextOptions<SqliteMechelenDbContext> options) : MechelenDbContext(options);

public sealed class SqlServerMechelenDbContext(DbContextOptions<SqlServerMechelenDbContext> options) : MechelenDbContext(options);
