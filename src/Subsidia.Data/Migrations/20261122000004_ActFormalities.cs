using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>Version 4: the act's publication date and prefecture acknowledgment .</summary>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000004_ActFormalities")]
public sealed class ActFormalities : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateOnly>(name: "PublishedOn", table: "AgendaItems", nullable: true);
        migrationBuilder.AddColumn<string>(name: "PrefectureActId", table: "AgendaItems", maxLength: 80, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "PrefectureReceivedOn", table: "AgendaItems", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "PublishedOn", table: "AgendaItems");
        migrationBuilder.DropColumn(name: "PrefectureActId", table: "AgendaItems");
        migrationBuilder.DropColumn(name: "PrefectureReceivedOn", table: "AgendaItems");
    }
}
