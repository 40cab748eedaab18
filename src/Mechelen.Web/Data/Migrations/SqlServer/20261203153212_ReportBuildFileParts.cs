using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReportBuildFileParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ReportBuildFiles",
                table: "ReportBuildFiles");

            migrationBuilder.AddColumn<int>(
                name: "Part",
                table: "ReportBuildFiles",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_ReportBuildFiles",
                table: "ReportBuildFiles",
                columns: new[] { "ReportBuildId", "Part" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ReportBuildFiles",
                table: "ReportBuildFiles");

            migrationBuilder.DropColumn(
                name: "Part",
                table: "ReportBuildFiles");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ReportBuildFiles",
                table: "ReportBuildFiles",
                column: "ReportBuildId");
        }
    }
}
