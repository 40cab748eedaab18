using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class ReportBuildConfiguration : IEntityTypeConfiguration<ReportBuild>
{
    public const int KeyLength = 64;
    public const int QueryMaxLength = 4000;
    public const int ErrorMaxLength = 1000;

    public void Configure(EntityTypeBuilder<ReportBuild> builder)
    {
        builder.Property(b => b.Key).HasMaxLength(KeyLength).IsUnicode(false);
        builder.Property(b => b.ActiveKey).HasMaxLength(KeyLength).IsUnicode(false);
        builder.Property(b => b.Fingerprint).HasMaxLength(KeyLength).IsUnicode(false);
        builder.Property(b => b.Query).HasMaxLength(QueryMaxLength);
        builder.Property(b => b.Language).HasMaxLength(8);
        builder.Property(b => b.Format).HasMaxLength(8);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.Failure).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.RequestedById).HasMaxLength(450);
        builder.Property(b => b.RequestedByName).HasMaxLength(256);
        builder.Property(b => b.FileName).HasMaxLength(256);
        builder.Property(b => b.ContentType).HasMaxLength(128);
        builder.Property(b => b.Error).HasMaxLength(ErrorMaxLength);

        // One build per report at a time: the second request for a key finds the first, or fails on this index.
        builder.HasIndex(b => b.ActiveKey).IsUnique();
        builder.HasIndex(b => new { b.Key, b.Id });
        builder.HasIndex(b => new { b.Status, b.Id });

        builder.HasMany(b => b.Parts).WithOne().HasForeignKey(f => f.ReportBuildId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReportBuildFileConfiguration : IEntityTypeConfiguration<ReportBuildFile>
{
    public void Configure(EntityTypeBuilder<ReportBuildFile> builder) => builder.HasKey(f => new { f.ReportBuildId, f.Part });
}
