using System.Net;
using Mechelen.Web.Data;
using Mechelen.Web.Tests.Capture;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mechelen.Web.Tests.Data;

public sealed class SqliteWriteGateTests(MechelenAppFactory factory) : IClassFixture<MechelenAppFactory>
{
    [Fact]
    public async Task TheDatabaseFile_IsInWalMode()
    {
        var mode = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });

        Assert.Equal("wal", mode);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    // The connection stays open after the transaction: only its disposal can give the gate back.
    [InlineData(false, true)]
    public async Task ASecondWriteTransaction_QueuesInProcess_AndStartsWhenTheFirstEnds(bool firstCommits, bool connectionOpenedByCaller)
    {
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<MechelenDbContext>();
        var b = second.ServiceProvider.GetRequiredService<MechelenDbContext>();
        if (connectionOpenedByCaller)
        {
            await a.Database.OpenConnectionAsync();
        }

        var held = await a.Database.BeginTransactionAsync();
        // Without the gate the driver's BEGIN IMMEDIATE would block this thread on the file lock; with it the call returns a waiting task.
        var waiting = b.Database.BeginTransactionAsync();
        Assert.False(waiting.IsCompleted);

        if (firstCommits)
        {
            await held.CommitAsync();
        }

        // A transaction that ends without commit (an exception) gives the gate back when it is disposed.
        await held.DisposeAsync();
        try
        {
            await using var started = await waiting.WaitAsync(SqliteWriteGate.Patience / 2);
            await b.Database.ExecuteSqlAsync($"UPDATE ChangeStamps SET Value = Value WHERE Scope = {Mechelen.Web.Domain.ChangeStamp.Recommendations}");
            await started.CommitAsync();
        }
        finally
        {
            // On failure, end what the waiting writer began before its context goes back to the pool, so no later test inherits it.
            await first.DisposeAsync();
            if (!waiting.IsCompletedSuccessfully)
            {
                await waiting.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.CompletedTask).Unwrap();
            }
        }
    }

    [Fact]
    public async Task ManyNotesSavedAtOnce_EachTwice_AreAllStoredOnce()
    {
        var sessionId = (await factory.SessionIdsAsync())[2];
        var (client, _) = await factory.RapporteurAsync(sessionId);
        var areas = await factory.AreaIdsAsync();
        var keys = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var answers = await Task.WhenAll(keys.SelectMany((key, i) =>
        {
            var fields = CaptureForms.Fields($"Note {i} sent at the same time as nineteen others, twice.", key, [areas[i % areas.Count]]);
            return new[] { client.SaveAsync(sessionId, fields), client.SaveAsync(sessionId, fields) };
        }));

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(answers[2 * i].Headers.Location, answers[(2 * i) + 1].Headers.Location);
        }

        var stored = await factory.WithDbAsync(db => db.Recommendations.Where(r => keys.Contains(r.IdempotencyKey!.Value)).Select(r => r.IdempotencyKey).ToListAsync());
        Assert.Equal(keys.Count, stored.Count);
        Assert.Equal(keys.ToHashSet(), stored.Select(k => k!.Value).ToHashSet());
    }
}
