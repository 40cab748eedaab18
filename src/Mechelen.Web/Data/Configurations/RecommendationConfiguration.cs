using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public const int TextMaxLength = 4000;

    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(TextMaxLength);
        builder.Property(r => r.Rationale).HasMaxLength(TextMaxLength);
        builder.Property(r => r.Language).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StatusBeforeMerge).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RejectionReason).HasMaxLength(1000);
        builder.Property(r => r.CapturedById).HasMaxLength(450);
        builder.Property(r => r.CapturedByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        // Written only by the database's triggers on RecommendationAreas; the app never sends it after an insert.
        builder.Property(r => r.AreaMask).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Session).WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.CapturedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Areas).WithMany()
            .UsingEntity<RecommendationArea>(
                j => j.HasOne<GovernanceArea>().WithMany().HasForeignKey(x => x.GovernanceAreaId).OnDelete(DeleteBehavior.Restrict),
                j => j.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId),
                j =>
                {
                    j.HasIndex(x => x.GovernanceAreaId);
                    // Keeps Recommendations.AreaMask (migration AreaMaskTriggers); EF must not read back through OUTPUT here.
                    j.ToTable(t => t.HasTrigger("RecommendationAreas_AreaMask"));
                });

        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status });
        builder.HasIndex(r => new { r.SessionId, r.CreatedAt });
        // The list's default order, newest first within an event, read in index order rather than sorted.
        builder.HasIndex(r => new { r.EventId, r.CreatedAt });
        // Every facet column and the author (the reader scope): facet counts read this narrow index instead of rows that carry the texts.
        builder.HasIndex(r => new { r.EventId, r.SessionId, r.Status, r.Language, r.Levels, r.Actors, r.AreaMask, r.CapturedById }, "IX_Recommendations_Facets");
    }
}
