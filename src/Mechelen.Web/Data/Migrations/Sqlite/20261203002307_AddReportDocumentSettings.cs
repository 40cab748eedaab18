using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportDocumentSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "Sessions",
                type: "TEXT",
                maxLength: 6000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SummaryUpdatedAt",
                table: "Sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryUpdatedBy",
                table: "Sessions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportDateOfIssue",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportDisclaimer",
                table: "Events",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportForeword",
                table: "Events",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportSymbol",
                table: "Events",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventLogos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventLogos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventLogos_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventLogos_EventId_Order",
                table: "EventLogos",
                columns: new[] { "EventId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventLogos");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "SummaryUpdatedAt",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "SummaryUpdatedBy",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "ReportDateOfIssue",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReportDisclaimer",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReportForeword",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReportSymbol",
                table: "Events");
        }
    }
}
