using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Mechelen.Web.Tests.Data;

/// <summary>
/// No SQL Server runs here, so the SQL Server side is checked without one: the migration set matches
/// the model, its idempotent script and the main queries are generated and parsed by Microsoft's own
/// T-SQL parser.
/// </summary>
public sealed class SqlServerTranslationTests
{
    internal static SqlServerMechelenDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<SqlServerMechelenDbContext>()
            .UseSqlServer("Server=127.0.0.1,1;Database=Mechelen;User Id=sa;Password=unused;TrustServerCertificate=true").Options);

    internal static void AssertParses(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0,
            string.Join(Environment.NewLine, errors.Select(e => $"line {e.Line}: {e.Message}")) + Environment.NewLine + sql);
    }

    [Fact]
    public void SqlServerMigrations_MatchTheModel()
    {
        using var db = CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "the SQL Server model changed without a migration");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        using var db = new SqliteMechelenDbContext(new DbContextOptionsBuilder<SqliteMechelenDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "the SQLite model changed without a migration");
    }

    [Fact]
    public void IdempotentScript_GeneratesWithoutAServer_AndParses()
    {
        using var db = CreateContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("CREATE TABLE [Recommendations]", script);
        AssertParses(script);
    }

    [Fact]
    public void MainQueries_TranslateToValidTSql()
    {
        using var db = CreateContext();
        var search = new SqlServerRecommendationTextSearch(db);
        var filter = new RecommendationFilter
        {
            Area = ["housing", "services"],
            Cluster = [1],
            Session = [1, 2],
            Level = [GovernanceLevels.Local],
            Actor = [ActorGroups.CivilSociety, ActorGroups.NationalGovernments],
            Status = [RecommendationStatus.Validated],
            Language = [RecommendationLanguage.Spanish],
            Untranslated = [RecommendationLanguage.French, RecommendationLanguage.English],
            Q = "integración vivienda",
        };

        var queries = new[]
        {
            RecommendationFilter.Order(filter.Apply(db.Recommendations, 1, search, RecommendationScope.Submitted), RecommendationSort.Area).Skip(25).Take(25).ToQueryString(),
            RecommendationFilter.Order(filter.Apply(db.Recommendations, 1, search, RecommendationScope.Submitted), RecommendationSort.Session).ToQueryString(),
            filter.Apply(db.Recommendations, 1, search, RecommendationScope.Reviewer("an-officer-who-captures")).Select(r => r.Id).ToQueryString(),
            RecommendationScope.Rapporteur("a-rapporteur", [3, 4]).Visible(db.Recommendations).Select(r => r.Id).ToQueryString(),
            RecommendationScope.Nothing.Visible(db.Recommendations).Select(r => r.Id).ToQueryString(),
            db.Sessions.Where(s => s.EventId == 1).OrderBy(s => s.StartsAt)
                .Select(s => new { s.Id, Count = db.Recommendations.Count(r => r.SessionId == s.Id && r.Status != RecommendationStatus.Draft) })
                .ToQueryString(),
            search.Matching("derecho a la ciudad").ToQueryString(),
        };

        foreach (var sql in queries)
        {
            AssertParses(sql);
        }

        Assert.Contains(SqlServerRecommendationTextSearch.Collation, queries[0]);
        // Found by a translation's words too; "lacks a translation" is a NOT EXISTS over translations.
        Assert.Contains("[RecommendationTranslations]", queries[^1]);
        Assert.Contains("UNION", queries[^1]);
        Assert.Contains("EXISTS (", queries[0]);
        Assert.Contains("[RecommendationTranslations]", queries[0]);
    }
}
