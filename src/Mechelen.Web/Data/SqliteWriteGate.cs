using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mechelen.Web.Data;

/// <summary>
/// Lets one SQLite write transaction of this process run at a time. SQLite allows one writer per file;
/// without the gate, writers that start together meet SQLITE_BUSY and the native busy handler sleeps and
/// polls (up to 100 ms a try), which turns a few milliseconds of waiting into tails of hundreds. Queued on
/// an async semaphore, they wait exactly as long as the writer before them and hold no thread meanwhile.
/// The gate is taken when a transaction begins (the driver begins with <c>BEGIN IMMEDIATE</c>, so every
/// transaction is a write transaction) and given back when it commits, rolls back or fails, when it is
/// disposed without either (the driver rolls it back; see <see cref="Attach"/>), or when its connection is
/// closed or disposed. A wait longer than <see cref="Patience"/> goes on without the gate,
/// where the busy timeout still protects the write: a forgotten release costs a delay, never a deadlock.
/// Registered only for the SQLite provider.
/// </summary>
public sealed class SqliteWriteGate(ILogger<SqliteWriteGate> logger) : IDbTransactionInterceptor, IDbConnectionInterceptor, IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    // The connections (by EF's connection id) whose transaction holds the gate.
    private readonly ConcurrentDictionary<Guid, byte> _holders = new();

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Held(eventData.ConnectionId, _gate.Wait(Patience));
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Held(eventData.ConnectionId, await _gate.WaitAsync(Patience, cancellationToken));
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData)
    {
        // A failed statement inside the transaction leaves it open: only a failure to begin or to end it releases.
        if (eventData.Action is "BeginTransaction" or "Commit" or "Rollback")
        {
            Release(eventData.ConnectionId);
        }
    }

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback is rolled back by the driver; its connection closes or is disposed then or soon after.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    public void ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.ConnectionId);

    public Task ConnectionDisposedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(eventData.ConnectionId);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Adds the gate to a context's options: as an interceptor, and as the listener of EF's "transaction disposed"
    /// event, which no interceptor receives. A transaction disposed without commit or rollback (an exception in a
    /// using block) on a connection that stays open (opened by the caller, or a pooled context's) would otherwise
    /// keep the gate until the connection closes.
    /// </summary>
    public DbContextOptionsBuilder Attach(DbContextOptionsBuilder options) =>
        options.AddInterceptors(this).LogTo(
            (eventId, _) => eventId.Id == RelationalEventId.TransactionDisposed.Id,
            data =>
            {
                if (data is TransactionEventData disposed)
                {
                    Release(disposed.ConnectionId);
                }
            });

    public void Dispose() => _gate.Dispose();

    private void Held(Guid connectionId, bool entered)
    {
        if (!entered)
        {
            logger.LogWarning("A write waited {Patience} for the SQLite write gate and goes on without it", Patience);
            return;
        }

        _holders[connectionId] = 0;
    }

    private void Release(Guid connectionId)
    {
        if (_holders.TryRemove(connectionId, out _))
        {
            _gate.Release();
        }
    }
}
