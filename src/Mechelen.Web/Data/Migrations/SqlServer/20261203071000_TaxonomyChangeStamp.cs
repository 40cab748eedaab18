using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mechelen.Web.Data.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written: the taxonomy's own change stamp, which only changes to the taxonomy and the programme move (the names are
    /// cached under it). Not seeded through the model, so the row survives a regeneration of the model's migrations.
    /// </summary>
    [DbContext(typeof(SqlServerMechelenDbContext))]
    [Migration("20261203071000_TaxonomyChangeStamp")]
    public partial class TaxonomyChangeStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("INSERT INTO ChangeStamps (Scope, Value) VALUES ('taxonomy', 0);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM ChangeStamps WHERE Scope = 'taxonomy';");
        }
    }
}
