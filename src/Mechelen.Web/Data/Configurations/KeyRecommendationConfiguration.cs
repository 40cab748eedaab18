using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class KeyRecommendationConfiguration : IEntityTypeConfiguration<KeyRecommendation>
{
    public void Configure(EntityTypeBuilder<KeyRecommendation> builder)
    {
        builder.Property(k => k.Wording).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(k => k.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.CreatedByName).HasMaxLength(256);
        builder.Property(k => k.Version).IsConcurrencyToken();
        builder.HasOne<Event>().WithMany().HasForeignKey(k => k.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.GovernanceArea).WithMany().HasForeignKey(k => k.GovernanceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.EventId, k.GovernanceAreaId, k.Order });
    }
}

public sealed class KeyRecommendationSourceConfiguration : IEntityTypeConfiguration<KeyRecommendationSource>
{
    public void Configure(EntityTypeBuilder<KeyRecommendationSource> builder)
    {
        builder.HasKey(s => new { s.KeyRecommendationId, s.RecommendationId });
        builder.HasOne(s => s.KeyRecommendation).WithMany(k => k.Sources).HasForeignKey(s => s.KeyRecommendationId);
        builder.HasOne(s => s.Recommendation).WithMany(r => r.KeySources).HasForeignKey(s => s.RecommendationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.RecommendationId);
    }
}
