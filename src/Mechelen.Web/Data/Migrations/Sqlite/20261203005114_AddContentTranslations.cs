using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddContentTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeyRecommendationTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyRecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Wording = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TranslatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TranslatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyRecommendationTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyRecommendationTranslations_AspNetUsers_TranslatedById",
                        column: x => x.TranslatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_KeyRecommendationTranslations_KeyRecommendations_KeyRecommendationId",
                        column: x => x.KeyRecommendationId,
                        principalTable: "KeyRecommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationTranslations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TranslatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    TranslatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationTranslations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationTranslations_AspNetUsers_TranslatedById",
                        column: x => x.TranslatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_RecommendationTranslations_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyRecommendationTranslations_KeyRecommendationId_Language",
                table: "KeyRecommendationTranslations",
                columns: new[] { "KeyRecommendationId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyRecommendationTranslations_TranslatedById",
                table: "KeyRecommendationTranslations",
                column: "TranslatedById");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationTranslations_RecommendationId_Language",
                table: "RecommendationTranslations",
                columns: new[] { "RecommendationId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationTranslations_TranslatedById",
                table: "RecommendationTranslations",
                column: "TranslatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeyRecommendationTranslations");

            migrationBuilder.DropTable(
                name: "RecommendationTranslations");
        }
    }
}
