using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class EventLogoConfiguration : IEntityTypeConfiguration<EventLogo>
{
    public void Configure(EntityTypeBuilder<EventLogo> builder)
    {
        builder.HasIndex(l => new { l.EventId, l.Order });
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.ContentType).HasMaxLength(32);
        builder.Property(l => l.UploadedBy).HasMaxLength(256);
        builder.HasOne(l => l.Event).WithMany(e => e.Logos).HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
