using Mechelen.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mechelen.Web.Data.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Code).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(300);
        builder.Property(e => e.City).HasMaxLength(120);
        builder.Property(e => e.Country).HasMaxLength(120);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.Hosts).HasMaxLength(1000);
        builder.Property(e => e.Partners).HasMaxLength(1000);
        builder.Property(e => e.Purpose).HasMaxLength(1000);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.ReportFinalizedBy).HasMaxLength(256);
        builder.Property(e => e.Translations).IsTranslations();
        builder.Property(e => e.ReportSymbol).HasMaxLength(64);
        builder.Property(e => e.ReportDisclaimer).HasMaxLength(1000);
        builder.Property(e => e.ReportForeword).HasMaxLength(4000);
        builder.Property(e => e.WorkingLanguages).HasMaxLength(20).HasDefaultValue(Event.DefaultWorkingLanguages);
        builder.HasMany(e => e.Sessions).WithOne(s => s.Event).HasForeignKey(s => s.EventId);
    }
}
