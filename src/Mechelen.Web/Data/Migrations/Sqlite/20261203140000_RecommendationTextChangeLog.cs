using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: triggers that log edits of a recommendation's or a translation's text and rationale in the
    /// RecommendationChanges log, so a text search's results can be brought up to date from it. The SQL is in
    /// <see cref="RecommendationChanges"/>. SQLite only, like the log.
    /// </summary>
    [DbContext(typeof(SqliteMechelenDbContext))]
    [Migration("20261203140000_RecommendationTextChangeLog")]
    public partial class RecommendationTextChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationChanges.SqliteTextUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationChanges.SqliteTextDown)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
