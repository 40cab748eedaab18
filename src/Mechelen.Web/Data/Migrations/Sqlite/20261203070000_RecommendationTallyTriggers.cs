using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: the RecommendationTallies table (outside the EF model), the triggers on Recommendations that keep it
    /// equal to a count of the rows per event, status, language and facet value, whichever code writes them, and its first count.
    /// The SQL is in <see cref="RecommendationTallies"/>.
    /// </summary>
    [DbContext(typeof(SqliteMechelenDbContext))]
    [Migration("20261203070000_RecommendationTallyTriggers")]
    public partial class RecommendationTallyTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationTallies.SqliteUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RecommendationTallies.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }
        }
    }
}
