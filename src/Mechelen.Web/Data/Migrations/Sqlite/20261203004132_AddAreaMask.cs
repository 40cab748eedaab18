using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAreaMask : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations");

            migrationBuilder.AddColumn<long>(
                name: "AreaMask",
                table: "Recommendations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations",
                columns: new[] { "EventId", "SessionId", "Status", "Language", "Levels", "Actors", "AreaMask", "CapturedById" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations");

            migrationBuilder.DropColumn(
                name: "AreaMask",
                table: "Recommendations");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations",
                columns: new[] { "EventId", "SessionId", "Status", "Language", "Levels", "Actors" });
        }
    }
}
