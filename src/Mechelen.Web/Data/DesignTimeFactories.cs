using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mechelen.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without a running app or server.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMechelenDbContext>
{
    public SqliteMechelenDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMechelenDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMechelenDbContext>
{
    public SqlServerMechelenDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerMechelenDbContext>()
            .UseSqlServer("Server=localhost;Database=Mechelen;Integrated Security=true;TrustServerCertificate=true").Options);
}
