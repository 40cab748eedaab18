using Mechelen.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mechelen.Web.Infrastructure;

/// <summary>Healthy only when the database answers a real query on the schema (an unreadable file fails here, not at connect).</summary>
public sealed class DatabaseHealthCheck(MechelenDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var events = await db.Events.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy($"database answered ({events} event(s))");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unavailable");
        }
    }
}
