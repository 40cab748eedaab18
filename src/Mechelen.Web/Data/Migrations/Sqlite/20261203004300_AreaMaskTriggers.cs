using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written: keeps Recommendations.AreaMask equal to the bits (area id - 1) of the recommendation's rows in
    /// RecommendationAreas, whichever code writes them, and fills it for the rows already there.
    /// </summary>
    [DbContext(typeof(SqliteMechelenDbContext))]
    [Migration("20261203004300_AreaMaskTriggers")]
    public partial class AreaMaskTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationAreas_AreaMask_ai AFTER INSERT ON RecommendationAreas BEGIN
  UPDATE Recommendations SET AreaMask = AreaMask | (1 << (new.GovernanceAreaId - 1)) WHERE Id = new.RecommendationId;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationAreas_AreaMask_ad AFTER DELETE ON RecommendationAreas BEGIN
  UPDATE Recommendations SET AreaMask = AreaMask & ~(1 << (old.GovernanceAreaId - 1)) WHERE Id = old.RecommendationId;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationAreas_AreaMask_au AFTER UPDATE ON RecommendationAreas BEGIN
  UPDATE Recommendations SET AreaMask = coalesce((SELECT sum(1 << (GovernanceAreaId - 1)) FROM RecommendationAreas WHERE RecommendationId = Recommendations.Id), 0)
  WHERE Id IN (old.RecommendationId, new.RecommendationId);
END;");
            migrationBuilder.Sql(@"UPDATE Recommendations SET AreaMask = coalesce((SELECT sum(1 << (GovernanceAreaId - 1)) FROM RecommendationAreas WHERE RecommendationId = Recommendations.Id), 0);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationAreas_AreaMask_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationAreas_AreaMask_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationAreas_AreaMask_ai;");
        }
    }
}
