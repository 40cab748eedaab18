using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class RecommendationTranslationConfiguration : IEntityTypeConfiguration<RecommendationTranslation>
{
    public void Configure(EntityTypeBuilder<RecommendationTranslation> builder)
    {
        builder.Property(t => t.Language).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Text).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(t => t.Rationale).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(t => t.TranslatedById).HasMaxLength(450);
        builder.Property(t => t.TranslatedByName).HasMaxLength(256);
        builder.HasOne<Recommendation>().WithMany(r => r.Translations).HasForeignKey(t => t.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.TranslatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.RecommendationId, t.Language }).IsUnique();
    }
}

public sealed class KeyRecommendationTranslationConfiguration : IEntityTypeConfiguration<KeyRecommendationTranslation>
{
    public void Configure(EntityTypeBuilder<KeyRecommendationTranslation> builder)
    {
        builder.Property(t => t.Language).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Wording).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(t => t.TranslatedById).HasMaxLength(450);
        builder.Property(t => t.TranslatedByName).HasMaxLength(256);
        builder.HasOne<KeyRecommendation>().WithMany(k => k.Translations).HasForeignKey(t => t.KeyRecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.TranslatedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.KeyRecommendationId, t.Language }).IsUnique();
    }
}
