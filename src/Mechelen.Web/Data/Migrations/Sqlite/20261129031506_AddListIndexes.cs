using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_CreatedAt",
                table: "Recommendations");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_EventId_CreatedAt",
                table: "Recommendations",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations",
                columns: new[] { "EventId", "SessionId", "Status", "Language", "Levels", "Actors" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recommendations_EventId_CreatedAt",
                table: "Recommendations");

            migrationBuilder.DropIndex(
                name: "IX_Recommendations_Facets",
                table: "Recommendations");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_CreatedAt",
                table: "Recommendations",
                column: "CreatedAt");
        }
    }
}
