using System.Net;
using Mechelen.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Mechelen.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_IsNotOk_WhenTheDatabaseFileIsUnusable()
    {
        using var factory = new MechelenAppFactory();
        var client = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(factory.DatabasePath, new string('x', 8192));
        foreach (var sidecar in new[] { "-wal", "-shm" })
        {
            File.Delete(factory.DatabasePath + sidecar);
        }

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
