using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.HasIndex(s => new { s.EventId, s.Code }).IsUnique();
        builder.HasIndex(s => new { s.EventId, s.StartsAt });
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Title).HasMaxLength(400);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Moderator).HasMaxLength(300);
        builder.Property(s => s.Organiser).HasMaxLength(300);
        builder.Property(s => s.Focus).HasMaxLength(4000);
        builder.Property(s => s.Room).HasMaxLength(120);
        builder.Property(s => s.Translations).IsTranslations();
        builder.Property(s => s.Summary).HasMaxLength(SessionSummaryLimits.MaxLength);
        builder.Property(s => s.SummaryUpdatedBy).HasMaxLength(256);
    }
}
