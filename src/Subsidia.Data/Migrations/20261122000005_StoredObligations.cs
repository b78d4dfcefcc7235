using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>
/// Version 5: every grant's obligations stored (docs/decisions/0013) and the budget lines' positions. The obligation
/// rows are computed by the domain, not by SQL: the application fills them at start for the grants without a stamp of
/// the current rules (<see cref="SubsidiaDbContext.RefreshOutdatedObligationsAsync"/>). The existing budget lines are
/// numbered in their insertion order (rowid on SQLite, ctid on PostgreSQL), the only order they had.
/// </summary>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000005_StoredObligations")]
public sealed class StoredObligations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "GrantObligations",
            columns: table => new
            {
                GrantFileId = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 1000),
                OpensOn = table.Column<DateOnly>(nullable: true),
                DueOn = table.Column<DateOnly>(nullable: true),
                Source = table.Column<string>(nullable: false, maxLength: 500),
                Discharge = table.Column<int>(nullable: false),
                LapsesWhenMissed = table.Column<bool>(nullable: false),
                MetOn = table.Column<DateOnly>(nullable: true),
                PendingReason = table.Column<string>(nullable: true, maxLength: 300),
                BeneficiaryName = table.Column<string>(nullable: false, maxLength: 300),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GrantObligations", x => new { x.GrantFileId, x.Position });
                table.ForeignKey(
                    name: "FK_GrantObligations_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(
            name: "IX_GrantObligations_DueOn_BeneficiaryName_GrantFileId_Position",
            table: "GrantObligations",
            columns: ["DueOn", "BeneficiaryName", "GrantFileId", "Position"]);

        migrationBuilder.CreateTable(
            name: "ObligationStamps",
            columns: table => new
            {
                GrantFileId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ObligationStamps", x => x.GrantFileId);
                table.ForeignKey(
                    name: "FK_ObligationStamps_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.AddColumn<int>(name: "Position", table: "BudgetLines", nullable: false, defaultValue: 0);
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.Sql("""
                UPDATE "BudgetLines" AS b SET "Position" = n.r
                FROM (SELECT "Id", ROW_NUMBER() OVER (PARTITION BY "BudgetSectionId", "ParentLineId" ORDER BY ctid) - 1 AS r FROM "BudgetLines") AS n
                WHERE n."Id" = b."Id"
                """);
        }
        else
        {
            migrationBuilder.Sql("""
                UPDATE "BudgetLines" SET "Position" = (SELECT COUNT(*) FROM "BudgetLines" AS o
                    WHERE o.rowid < "BudgetLines".rowid AND o."BudgetSectionId" IS "BudgetLines"."BudgetSectionId"
                    AND o."ParentLineId" IS "BudgetLines"."ParentLineId")
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "GrantObligations");
        migrationBuilder.DropTable(name: "ObligationStamps");
        if (migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            migrationBuilder.DropColumn(name: "Position", table: "BudgetLines");
        }
        else
        {
            // EF cannot rebuild the table without a model snapshot (docs/decisions/0003); SQLite 3.35 drops columns itself.
            migrationBuilder.Sql("ALTER TABLE \"BudgetLines\" DROP COLUMN \"Position\"");
        }
    }
}
