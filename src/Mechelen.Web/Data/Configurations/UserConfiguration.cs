using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Organisation).HasMaxLength(200);
        builder.Property(u => u.Language).HasMaxLength(10);
    }
}

public sealed class RapporteurAssignmentConfiguration : IEntityTypeConfiguration<RapporteurAssignment>
{
    public void Configure(EntityTypeBuilder<RapporteurAssignment> builder)
    {
        builder.HasKey(a => new { a.UserId, a.SessionId });
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId);
        builder.HasOne(a => a.Session).WithMany(s => s.Rapporteurs).HasForeignKey(a => a.SessionId);
        builder.HasIndex(a => a.SessionId);
    }
}
