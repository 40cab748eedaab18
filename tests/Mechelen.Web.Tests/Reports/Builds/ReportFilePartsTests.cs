using Mechelen.Web.Domain;
using Mechelen.Web.Features.Reports.Builds;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Reports.Builds;

/// <summary>A finished file is stored in parts, a few to a transaction, and sent part by part as one file.</summary>
public sealed class ReportFilePartsTests(ReportBuildFixture fixture) : IClassFixture<ReportBuildFixture>
{
    private MechelenAppFactory Factory => fixture.Factory;

    [Fact]
    public async Task AFile_IsStoredInParts_AndDownloadedWhole_WithItsLength()
    {
        using var client = (await Factory.SignedInAsync(Roles.Secretariat)).Client;
        var claim = await QueueAndClaimAsync(client, "es", ReportFormats.Pdf);
        var content = new byte[((2 * ReportBuildStore.PartsPerTransaction) + 3) * ReportBuildFile.PartSize + 7];
        new Random(7).NextBytes(content);

        Assert.True(await FinishAsync(claim, content));

        var parts = await PartsAsync(claim.Id);
        Assert.Equal(Enumerable.Range(0, (2 * ReportBuildStore.PartsPerTransaction) + 4), parts.Select(p => p.Part));
        Assert.All(parts.SkipLast(1), p => Assert.Equal(ReportBuildFile.PartSize, p.Content.Length));
        Assert.Equal(7, parts[^1].Content.Length);
        using var response = await client.GetAsync(new Uri($"/reports/builds/{claim.Id}/file", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(content.LongLength, response.Content.Headers.ContentLength);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PartsLeftByALostClaim_AreReplaced_AndABuilderThatLostItsClaim_StoresNothing()
    {
        using var client = (await Factory.SignedInAsync(Roles.Secretariat)).Client;
        var claim = await QueueAndClaimAsync(client, "fr", ReportFormats.Pdf);
        // An earlier builder of the same build stored three parts before its claim was taken for stopped.
        await Factory.WithDbAsync(async db =>
        {
            db.ReportBuildFiles.AddRange(Enumerable.Range(0, 3).Select(p => new ReportBuildFile { ReportBuildId = claim.Id, Part = p, Content = [9, 9, 9] }));
            return await db.SaveChangesAsync();
        });

        Assert.True(await FinishAsync(claim, [1, 2, 3, 4]));
        Assert.Equal([1, 2, 3, 4], Assert.Single(await PartsAsync(claim.Id)).Content);
        Assert.Equal([1, 2, 3, 4], await client.GetByteArrayAsync(new Uri($"/reports/builds/{claim.Id}/file", UriKind.Relative)));

        var lost = await QueueAndClaimAsync(client, "fr", ReportFormats.Word);
        await Factory.WithDbAsync(db => db.ReportBuilds.Where(b => b.Id == lost.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.ClaimToken, Guid.NewGuid())));

        Assert.False(await FinishAsync(lost, new byte[ReportBuildFile.PartSize * 2]));
        Assert.Empty(await PartsAsync(lost.Id));
        Assert.Equal(ReportBuildStatus.Building, await Factory.WithDbAsync(db => db.ReportBuilds.Where(b => b.Id == lost.Id).Select(b => b.Status).SingleAsync()));
    }

    [Fact]
    public async Task TheStream_ReadsPartAfterPart_AndEndsAtTheFirstPartMissing()
    {
        byte[][] parts = [[1, 2, 3], [4, 5], [6]];
        var asked = new List<int>();
        Task<byte[]?> Part(int part, CancellationToken _)
        {
            asked.Add(part);
            return Task.FromResult(part < parts.Length ? parts[part] : null);
        }

        await using var stream = new ReportFileStream(parts[0], Part);
        var read = new List<byte>();
        var buffer = new byte[2];
        int count;
        while ((count = await stream.ReadAsync(buffer)) > 0)
        {
            read.AddRange(buffer.Take(count));
        }

        Assert.Equal([1, 2, 3, 4, 5, 6], read);
        Assert.Equal([1, 2, 3], asked);
        Assert.Equal(6, stream.Position);

        // A part gone while the file is read: the stream ends there (the response's length then says it is broken).
        await using var broken = new ReportFileStream(parts[0], (part, _) => Task.FromResult(part == 1 ? parts[1] : null));
        using var copy = new MemoryStream();
        await broken.CopyToAsync(copy);
        Assert.Equal([1, 2, 3, 4, 5], copy.ToArray());
    }

    private async Task<ReportBuildClaim> QueueAndClaimAsync(HttpClient client, string lang, string format)
    {
        var queued = await ReportBuildFixture.PrepareAsync(client, $"event={ReportBuildFixture.EventCode}", lang, format);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, queued.StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var claim = await scope.ServiceProvider.GetRequiredService<ReportBuildStore>().ClaimNextAsync(CancellationToken.None);
        Assert.NotNull(claim);
        return claim;
    }

    private async Task<bool> FinishAsync(ReportBuildClaim claim, byte[] content)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportBuildStore>().FinishAsync(claim, "report.pdf", "application/pdf", content, CancellationToken.None);
    }

    private Task<List<ReportBuildFile>> PartsAsync(int id) =>
        Factory.WithDbAsync(db => db.ReportBuildFiles.AsNoTracking().Where(f => f.ReportBuildId == id).OrderBy(f => f.Part).ToListAsync());
}
