using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hand-written (kept apart from generated migrations so it survives their regeneration): the FTS5 index over the
    /// translations' text and rationale, diacritics folded like the recommendations' own, kept in sync by triggers.
    /// </summary>
    [DbContext(typeof(SqliteMechelenDbContext))]
    [Migration("20261203005115_AddTranslationFullTextSqlite")]
    public partial class AddTranslationFullTextSqlite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE RecommendationTranslationsFts USING fts5(Text, Rationale, content='RecommendationTranslations', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationTranslations_ai AFTER INSERT ON RecommendationTranslations BEGIN
  INSERT INTO RecommendationTranslationsFts(rowid, Text, Rationale) VALUES (new.Id, new.Text, coalesce(new.Rationale, ''));
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationTranslations_ad AFTER DELETE ON RecommendationTranslations BEGIN
  INSERT INTO RecommendationTranslationsFts(RecommendationTranslationsFts, rowid, Text, Rationale) VALUES ('delete', old.Id, old.Text, coalesce(old.Rationale, ''));
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER RecommendationTranslations_au AFTER UPDATE OF Text, Rationale ON RecommendationTranslations BEGIN
  INSERT INTO RecommendationTranslationsFts(RecommendationTranslationsFts, rowid, Text, Rationale) VALUES ('delete', old.Id, old.Text, coalesce(old.Rationale, ''));
  INSERT INTO RecommendationTranslationsFts(rowid, Text, Rationale) VALUES (new.Id, new.Text, coalesce(new.Rationale, ''));
END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationTranslations_au;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationTranslations_ad;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS RecommendationTranslations_ai;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS RecommendationTranslationsFts;");
        }
    }
}
