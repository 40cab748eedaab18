using Mechelen.Web.Domain;
using Mechelen.Web.Tests.Infrastructure;
using Mechelen.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Mechelen.Web.Tests.Data;

/// <summary>The database keeps each recommendation's area mask equal to its area rows, whoever writes them.</summary>
public sealed class AreaMaskTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    private Task<(long Mask, long Expected)> MaskAsync(int id) => factory.WithDbAsync(async db =>
    {
        var mask = await db.Recommendations.Where(r => r.Id == id).Select(r => r.AreaMask).SingleAsync();
        var areaIds = await db.RecommendationAreas.Where(ra => ra.RecommendationId == id).Select(ra => ra.GovernanceAreaId).ToListAsync();
        return (mask, GovernanceArea.Mask(areaIds));
    });

    private Task<int> AreaIdAsync(string code) => factory.WithDbAsync(db => db.GovernanceAreas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    [Fact]
    public async Task AreaMask_FollowsTheAreaRows_WhenAreasAreAddedRemovedAndReplaced()
    {
        factory.CreateClient();
        var id = (await factory.AddAsync(new Rec($"{TestData.Token()} mask") { Areas = ["housing", "employment"] }))[0];
        var (mask, expected) = await MaskAsync(id);
        Assert.Equal(GovernanceArea.Bit(await AreaIdAsync("housing")) | GovernanceArea.Bit(await AreaIdAsync("employment")), mask);
        Assert.Equal(expected, mask);

        // Through EF as the capture and review pages do: one area removed, another added, in one save.
        await factory.WithDbAsync(async db =>
        {
            var r = await db.Recommendations.Include(x => x.Areas).SingleAsync(x => x.Id == id);
            r.Areas.RemoveAll(a => a.Code == "housing");
            r.Areas.Add(await db.GovernanceAreas.SingleAsync(a => a.Code == "justice"));
            r.Text += " edited";
            return await db.SaveChangesAsync();
        });
        (mask, expected) = await MaskAsync(id);
        Assert.Equal(GovernanceArea.Bit(await AreaIdAsync("employment")) | GovernanceArea.Bit(await AreaIdAsync("justice")), mask);
        Assert.Equal(expected, mask);

        // Every area removed: no bit left.
        await factory.WithDbAsync(db => db.RecommendationAreas.Where(ra => ra.RecommendationId == id).ExecuteDeleteAsync());
        Assert.Equal((0L, 0L), await MaskAsync(id));
    }

    [Fact]
    public void Mask_AndIds_RoundTrip_AndAreaIdsOutsideTheMaskAreRefused()
    {
        Assert.Equal([1, 2, 15, 63], GovernanceArea.Ids(GovernanceArea.Mask([63, 15, 2, 1])));
        Assert.Equal(long.MinValue >>> 1, GovernanceArea.Bit(63));
        Assert.Throws<ArgumentOutOfRangeException>(() => GovernanceArea.Bit(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GovernanceArea.Bit(64));
    }
}
