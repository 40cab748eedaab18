using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests;

public sealed class SeedUpdateTests
{
    [Fact]
    public async Task ChangedSeedFile_UpdatesNamesAndDescriptions_WithoutTouchingRecommendations()
    {
        using var first = new MechelenAppFactory();
        first.CreateClient();
        var recommendation = await first.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Code == "human-rights-of-migrants");
            var r = new Recommendation
            {
                EventId = session.EventId,
                SessionId = session.Id,
                Text = "Open municipal legal aid desks to all residents",
                CapturedByName = "test",
                Status = RecommendationStatus.Validated,
            };
            r.Areas.Add(await db.GovernanceAreas.SingleAsync(a => a.Code == "justice"));
            db.Recommendations.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

        var seeds = SeedCopy.Create(text => text
            .Replace("\"name\": \"Access to justice\"", "\"name\": \"Access to justice and legal aid\"", StringComparison.Ordinal)
            .Replace("\"title\": \"Human rights of migrants\"", "\"title\": \"The human rights of migrants\"", StringComparison.Ordinal));

        using var second = new MechelenAppFactory()
            .WithSetting("ConnectionStrings:Mechelen", $"Data Source={first.DatabasePath}")
            .WithSetting("Seeding:Path", seeds);
        second.CreateClient();

        await second.WithDbAsync(async db =>
        {
            Assert.Equal("Access to justice and legal aid", (await db.GovernanceAreas.SingleAsync(a => a.Code == "justice")).Name);
            Assert.Equal("The human rights of migrants", (await db.Sessions.SingleAsync(s => s.Code == "human-rights-of-migrants")).Title);
            Assert.Equal(15, await db.GovernanceAreas.CountAsync());
            var after = await db.Recommendations.Include(r => r.Areas).SingleAsync();
            Assert.Equal(recommendation.Id, after.Id);
            Assert.Equal(recommendation.Text, after.Text);
            Assert.Equal(recommendation.Version, after.Version);
            Assert.Equal(recommendation.UpdatedAt, after.UpdatedAt);
            Assert.Equal("justice", Assert.Single(after.Areas).Code);
            return 0;
        });
    }
}
