using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: the RecommendationChanges log (outside the EF model) and the triggers on Recommendations and
    /// RecommendationTranslations that write it. The SQL is in <see cref="RecommendationChanges"/>. SQLite only: the
    /// log's numbers follow the order of commits there (one writer at a time), which is what its readers rely on.
    /// </summary>
    [DbContext(typeof(SqliteMechelenDbContext))]
    [Migration("20261203100000_RecommendationChangeLog")]
    public partial class RecommendationChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationChanges.SqliteUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationChanges.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
