using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>Version 3: the authority's SIRET (COLL_SIRET / idAttribuant of the open data).</summary>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000003_AuthoritySiret")]
public sealed class AuthoritySiret : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "Siret", table: "Authorities", maxLength: 14, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Siret", table: "Authorities");
    }
}
