using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class ChangeStampConfiguration : IEntityTypeConfiguration<ChangeStamp>
{
    public void Configure(EntityTypeBuilder<ChangeStamp> builder)
    {
        builder.HasKey(s => s.Scope);
        builder.Property(s => s.Scope).HasMaxLength(64);
        builder.HasData(new ChangeStamp { Scope = ChangeStamp.Recommendations, Value = 0 });
    }
}
