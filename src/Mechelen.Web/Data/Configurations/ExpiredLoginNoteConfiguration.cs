using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class ExpiredLoginNoteConfiguration : IEntityTypeConfiguration<ExpiredLoginNote>
{
    public const int AreaIdsMaxLength = 1000;

    public void Configure(EntityTypeBuilder<ExpiredLoginNote> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Text).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(n => n.Rationale).HasMaxLength(RecommendationConfiguration.TextMaxLength);
        builder.Property(n => n.AreaIds).HasMaxLength(AreaIdsMaxLength);
        builder.Property(n => n.Language).HasConversion<string>().HasMaxLength(16);

        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Session>().WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.SessionId }).IsUnique();
        builder.HasIndex(n => n.KeptAt);
    }
}
