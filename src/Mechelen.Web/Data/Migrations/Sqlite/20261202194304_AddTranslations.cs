using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Sessions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "GovernanceAreas",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "GcmClusters",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "Translations",
                table: "Events",
                type: "TEXT",
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
