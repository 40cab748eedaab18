using System.Text.RegularExpressions;
using Mechelen.Web.Data;
using Mechelen.Web.Domain;
using Mechelen.Web.Features.Recommendations;
using Mechelen.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Mechelen.Web.Tests.Data.SqlServerTranslationTests;

namespace Mechelen.Web.Tests.Data;

/// <summary>
/// The full-text side of SQL Server (Database:SqlServerFullText), checked without a server like the
/// rest: generated SQL, the shipped script and the startup check are parsed by Microsoft's T-SQL parser.
/// </summary>
public sealed partial class SqlServerFullTextTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"^DECLARE (p\d+) ", RegexOptions.Multiline)]
    private static partial Regex RawParameterDeclaration();

    /// <summary>
    /// ToQueryString declares the parameters of raw SQL under their DbParameter name, "p0" without the
    /// "@" that the query text uses (SqlClient adds it when executing); declared as executed, the
    /// script parses.
    /// </summary>
    private static string AsExecuted(string sql) => RawParameterDeclaration().Replace(sql, "DECLARE @$1 ");

    private static int Occurrences(string text, string value) =>
        Regex.Count(text, Regex.Escape(value), RegexOptions.IgnoreCase);

    [Fact]
    public void Matching_InTheFilterQuery_UsesOneContainsTablePerWord_AndParses()
    {
        using var db = CreateContext();
        var search = new SqlServerFullTextSearch(db);
        var filter = new RecommendationFilter
        {
            Area = ["housing"],
            Level = [GovernanceLevels.Local],
            Status = [RecommendationStatus.Validated],
            Q = "integración vivienda digna",
        };

        var sql = RecommendationFilter.Order(filter.Apply(db.Recommendations, 1, search, RecommendationScope.Submitted), RecommendationSort.Area)
            .Skip(25).Take(25).ToQueryString();

        AssertParses(AsExecuted(sql));
        // One per word over the recommendations, one per word over their translations.
        Assert.Equal(6, Occurrences(sql, "CONTAINSTABLE("));
        Assert.Equal(3, Occurrences(sql, "CONTAINSTABLE(RecommendationTranslations"));
        Assert.Contains("N'\"integracion*\"'", sql);
        Assert.Contains("N'\"vivienda*\"'", sql);
        Assert.Contains("N'\"digna*\"'", sql);
        Assert.DoesNotContain("LIKE", sql);
    }

    [Fact]
    public void Matching_WithoutWords_IsEveryRecommendation()
    {
        using var db = CreateContext();

        var sql = new SqlServerFullTextSearch(db).Matching(" \" * ").ToQueryString();

        AssertParses(sql);
        Assert.DoesNotContain("CONTAINSTABLE", sql);
        Assert.DoesNotContain("WHERE", sql);
    }

    [Fact]
    public void Conditions_QuoteEachWord_SoUserSyntaxIsSearchedNotObeyed()
    {
        Assert.Equal(["\"a*\"", "\"or*\"", "\"b*\""], SqlServerFullTextSearch.Conditions("a\" OR \"b"));
        Assert.Equal(["\"near*\"", "\"x*\""], SqlServerFullTextSearch.Conditions("* NEAR( x* ) ~ -"));
        Assert.Empty(SqlServerFullTextSearch.Conditions("\"*\" & | !"));
    }

    [Fact]
    public void SimilarCandidates_RankedByContainsTable_OfTheEvent_AndParse()
    {
        using var db = CreateContext();
        var terms = SearchTerms.Significant("Derecho a la vivienda digna para todos");

        var sql = new SqlServerFullTextSearch(db).SimilarCandidates(7, terms, excludeId: 42).ToQueryString();

        AssertParses(AsExecuted(sql));
        Assert.Equal(1, Occurrences(sql, "CONTAINSTABLE("));
        Assert.Contains("N'\"derecho*\" OR \"digna*\" OR \"todo*\" OR \"vivienda*\"'", sql);
        Assert.Contains("TOP(@p", sql);
        Assert.Matches(@"ORDER BY \[\w+\]\.\[Rank\] DESC", sql);
        Assert.Contains("[Status] <> N'Draft'", sql);
        Assert.Contains("@eventId", sql);
        Assert.Contains("@exclude", sql);
    }

    [Fact]
    public void Script_CreatesAnAccentInsensitiveIndex_OnTheRealPrimaryKey_AndParses()
    {
        using var db = CreateContext();
        var primaryKey = db.Model.FindEntityType(typeof(Recommendation))!.FindPrimaryKey()!.GetName();
        var script = File.ReadAllText(Path.Combine(Root, "src/Mechelen.Web", SqlServerFullTextSearch.ScriptPath));

        var batches = GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();
        foreach (var batch in batches)
        {
            AssertParses(batch);
        }

        Assert.Equal(3, batches.Count);
        var translationKey = db.Model.FindEntityType(typeof(RecommendationTranslation))!.FindPrimaryKey()!.GetName();
        Assert.Contains($"KEY INDEX {translationKey} ON MechelenCatalog", batches[2]);
        Assert.Contains("ON dbo.RecommendationTranslations ([Text] LANGUAGE 0, [Rationale] LANGUAGE 0)", batches[2]);
        Assert.Contains("CREATE FULLTEXT CATALOG MechelenCatalog WITH ACCENT_SENSITIVITY = OFF", batches[0]);
        Assert.Contains("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs", batches[0]);
        Assert.Contains($"KEY INDEX {primaryKey} ON MechelenCatalog", batches[1]);
        Assert.Contains("IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes", batches[1]);
        Assert.Contains("[Text] LANGUAGE 0, [Rationale] LANGUAGE 0", batches[1]);
        Assert.DoesNotContain("BEGIN TRAN", script, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, SqlServerFullTextSearch.ScriptPath)), "the script is not copied next to the app");
    }

    [Fact]
    public void StartupIndexCheck_Parses()
    {
        using var db = CreateContext();

        AssertParses(SqlServerFullTextSearch.IndexCountSql);
        AssertParses(db.Database.SqlQueryRaw<int>(SqlServerFullTextSearch.IndexCountSql).ToQueryString());
        Assert.Contains("sys.fulltext_indexes", SqlServerFullTextSearch.IndexCountSql);
    }

    [Theory]
    [InlineData("SqlServer", "true", typeof(SqlServerFullTextSearch))]
    [InlineData("SqlServer", "false", typeof(SqlServerRecommendationTextSearch))]
    [InlineData("SqlServer", null, typeof(SqlServerRecommendationTextSearch))]
    [InlineData("Sqlite", "true", typeof(SqliteRecommendationTextSearch))]
    [InlineData("Sqlite", null, typeof(SqliteRecommendationTextSearch))]
    public void Registration_PicksFullTextOnlyForSqlServerWithTheOption(string provider, string? fullText, Type expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:SqlServerFullText"] = fullText,
            ["ConnectionStrings:Mechelen"] = provider == DatabaseProvider.SqlServer
                ? "Server=127.0.0.1,1;Database=Mechelen;User Id=sa;Password=unused;TrustServerCertificate=true"
                : "Data Source=:memory:",
        });
        builder.AddMechelenData();

        using var services = builder.Services.BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType(expected, scope.ServiceProvider.GetRequiredService<IRecommendationTextSearch>());
    }
}
