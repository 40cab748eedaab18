using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "TaxonomyLabels",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Sessions",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "GovernanceAreas",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "GcmClusters",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Events",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Translations",
                table: "TaxonomyLabels");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "GovernanceAreas");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "GcmClusters");

            migrationBuilder.DropColumn(
                name: "Translations",
                table: "Events");
        }
    }
}
