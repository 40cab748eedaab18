using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class GcmClusterConfiguration : IEntityTypeConfiguration<GcmCluster>
{
    public void Configure(EntityTypeBuilder<GcmCluster> builder)
    {
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.ShortTitle).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(1000);
        builder.Property(c => c.Translations).IsTranslations();
    }
}

public sealed class GovernanceAreaConfiguration : IEntityTypeConfiguration<GovernanceArea>
{
    public void Configure(EntityTypeBuilder<GovernanceArea> builder)
    {
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Translations).IsTranslations();
        builder.HasMany(a => a.Clusters).WithMany(c => c.Areas).UsingEntity("GovernanceAreaClusters");
    }
}

public sealed class TaxonomyLabelConfiguration : IEntityTypeConfiguration<TaxonomyLabel>
{
    public void Configure(EntityTypeBuilder<TaxonomyLabel> builder)
    {
        builder.HasIndex(l => new { l.List, l.Code }).IsUnique();
        builder.Property(l => l.List).HasMaxLength(16);
        builder.Property(l => l.Code).HasMaxLength(64);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Description).HasMaxLength(1000);
        builder.Property(l => l.Translations).IsTranslations();
    }
}
