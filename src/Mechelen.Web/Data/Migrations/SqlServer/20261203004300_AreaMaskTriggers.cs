using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written: keeps Recommendations.AreaMask equal to the bits (area id - 1) of the recommendation's rows in
    /// RecommendationAreas, whichever code writes them, and fills it for the rows already there.
    /// </summary>
    [DbContext(typeof(SqlServerMechelenDbContext))]
    [Migration("20261203004300_AreaMaskTriggers")]
    public partial class AreaMaskTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Through EXEC: CREATE TRIGGER must start its batch, and the idempotent script wraps each step in IF NOT EXISTS.
            migrationBuilder.Sql(@"EXEC(N'CREATE TRIGGER RecommendationAreas_AreaMask ON RecommendationAreas AFTER INSERT, UPDATE, DELETE AS
BEGIN
    SET NOCOUNT ON;
    UPDATE r SET AreaMask = ISNULL((SELECT SUM(POWER(CAST(2 AS bigint), ra.GovernanceAreaId - 1)) FROM RecommendationAreas ra WHERE ra.RecommendationId = r.Id), 0)
    FROM Recommendations r
    WHERE r.Id IN (SELECT RecommendationId FROM inserted UNION SELECT RecommendationId FROM deleted);
END')");
            migrationBuilder.Sql(@"UPDATE r SET AreaMask = ISNULL((SELECT SUM(POWER(CAST(2 AS bigint), ra.GovernanceAreaId - 1)) FROM RecommendationAreas ra WHERE ra.RecommendationId = r.Id), 0)
FROM Recommendations r;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationAreas_AreaMask;");
        }
    }
}
