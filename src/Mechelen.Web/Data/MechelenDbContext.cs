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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MechelenDbContext).Assembly);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

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
