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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MechelenDbContext).Assembly);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var changesData = ChangesRecommendationData();
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (changesData)
        {
            // After the change, in the caller's transaction when there is one: a reader that cached
            // figures under the old stamp recomputes them at its next request.
            await Database.ExecuteSqlAsync($"UPDATE ChangeStamps SET Value = Value + 1 WHERE Scope = {ChangeStamp.Recommendations}", cancellationToken);
        }

        return result;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        var changesData = ChangesRecommendationData();
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        if (changesData)
        {
            Database.ExecuteSql($"UPDATE ChangeStamps SET Value = Value + 1 WHERE Scope = {ChangeStamp.Recommendations}");
        }

        return result;
    }

    // Everything the list's figures are computed from: recommendations, their areas and key
    // recommendations, and the taxonomy and programme that label and group them.
    private bool ChangesRecommendationData() =>
        ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Recommendation or RecommendationArea or KeyRecommendation or KeyRecommendationSource
                or GovernanceArea or GcmCluster or Session or Event or TaxonomyLabel or Dictionary<string, object>);

    // The token is checked against its original value and replaced by the next one, so a second
    // writer holding the old version gets a DbUpdateConcurrencyException instead of overwriting.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            if (entry.Entity is Recommendation or KeyRecommendation)
            {
                var version = entry.Property(nameof(Recommendation.Version));
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }
    }
}

public sealed class SqliteMechelenDbContext(DbContextOptions<SqliteMechelenDbContext> options) : MechelenDbContext(options);

public sealed class SqlServerMechelenDbContext(DbContextOptions<SqlServerMechelenDbContext> options) : MechelenDbContext(options);
