using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>
/// Version 7: the amendments of an envelope's credits, voted in a budget supplémentaire or a décision modificative
/// (docs/decisions/0016). A new table only: the envelopes keep their current credits in "Amount", so existing rows
/// need no change (an envelope without amendment was opened with the credits it has).
/// </summary>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000007_EnvelopeAmendments")]
public sealed class EnvelopeAmendments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "EnvelopeAmendments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Rank = table.Column<int>(nullable: false),
                Stage = table.Column<int>(nullable: false),
                Change = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                AmendedOn = table.Column<DateOnly>(nullable: false),
                Reference = table.Column<string>(nullable: true, maxLength: 200),
                EnvelopeId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EnvelopeAmendments", x => x.Id);
                table.ForeignKey(
                    name: "FK_EnvelopeAmendments_Envelopes_EnvelopeId",
                    column: x => x.EnvelopeId,
                    principalTable: "Envelopes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "IX_EnvelopeAmendments_EnvelopeId_Rank",
            table: "EnvelopeAmendments",
            columns: ["EnvelopeId", "Rank"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "EnvelopeAmendments");
    }
}
