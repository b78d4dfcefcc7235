using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>
/// Version 6: the amount requested may be "not stated" (null), as in a grant file created by importing the deliberation
/// that decided it (docs/decisions/0014). PostgreSQL drops the NOT NULL; SQLite cannot, and EF's own table rebuild needs
/// the target model these hand-written migrations do not have (docs/decisions/0003), so the SQLite branch rebuilds the
/// table as EF would (the table as migration 2 created it, with foreign keys off, the same columns and indexes).
/// </summary>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000006_RequestAmountNotStated")]
public sealed class RequestAmountNotStated : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (IsSqlite(migrationBuilder))
        {
            Rebuild(migrationBuilder, RequiredTable.Replace("\"Request_AmountRequested\" TEXT NOT NULL", "\"Request_AmountRequested\" TEXT NULL", StringComparison.Ordinal));
            return;
        }

        migrationBuilder.AlterColumn<decimal>(name: "Request_AmountRequested", table: "GrantFiles", precision: 18, scale: 4, nullable: true,
            oldClrType: typeof(decimal), oldPrecision: 18, oldScale: 4, oldNullable: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        // A grant whose amount requested was never stated gets 0 again, the only value the old schema can hold for it.
        migrationBuilder.Sql("UPDATE \"GrantFiles\" SET \"Request_AmountRequested\" = 0 WHERE \"Request_AmountRequested\" IS NULL;");
        if (IsSqlite(migrationBuilder))
        {
            Rebuild(migrationBuilder, RequiredTable);
            return;
        }

        migrationBuilder.AlterColumn<decimal>(name: "Request_AmountRequested", table: "GrantFiles", precision: 18, scale: 4, nullable: false,
            oldClrType: typeof(decimal), oldPrecision: 18, oldScale: 4, oldNullable: true);
    }

    private static bool IsSqlite(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    private static void Rebuild(MigrationBuilder migrationBuilder, string createTemp)
    {
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        migrationBuilder.Sql(createTemp);
        migrationBuilder.Sql($"INSERT INTO \"ef_temp_GrantFiles\" ({Columns}) SELECT {Columns} FROM \"GrantFiles\";");
        migrationBuilder.Sql("DROP TABLE \"GrantFiles\";");
        migrationBuilder.Sql("ALTER TABLE \"ef_temp_GrantFiles\" RENAME TO \"GrantFiles\";");
        foreach (var index in Indexes)
        {
            migrationBuilder.Sql(index);
        }

        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    private const string Columns = @"""Id"", ""AuthorityId"", ""BeneficiaryId"", ""EnvelopeId"", ""Request_Subject"", ""Request_AmountRequested"", ""Request_PeriodStart"", ""Request_PeriodEnd"", ""Request_RequestedOn"", ""Request_Nature"", ""Request_Purpose"", ""Request_IsRenewal"", ""Request_MultiYear"", ""Request_RepublicanCommitmentAccepted"", ""Request_AttestationSignedBy"", ""Instruction_Committee"", ""Instruction_ExaminedOn"", ""Instruction_Opinion"", ""Decision_SittingId"", ""Decision_AgendaItemId"", ""Decision_ItemNumber"", ""Decision_ActNumber"", ""Decision_DecidingBody"", ""Decision_BodyKind"", ""Decision_DecidedOn"", ""Decision_Amount"", ""Decision_PublishedOn"", ""Decision_PrefectureReceivedOn"", ""NotifiedOn"", ""OpenDataPublishedOn""";

    /// <summary>The table as migration 2 created it, under the temporary name.</summary>
    private const string RequiredTable = @"CREATE TABLE ""ef_temp_GrantFiles"" (
    ""Id"" TEXT NOT NULL CONSTRAINT ""PK_GrantFiles"" PRIMARY KEY,
    ""AuthorityId"" TEXT NOT NULL,
    ""BeneficiaryId"" TEXT NOT NULL,
    ""EnvelopeId"" TEXT NULL,
    ""Request_Subject"" TEXT NOT NULL,
    ""Request_AmountRequested"" TEXT NOT NULL,
    ""Request_PeriodStart"" TEXT NULL,
    ""Request_PeriodEnd"" TEXT NULL,
    ""Request_RequestedOn"" TEXT NULL,
    ""Request_Nature"" INTEGER NOT NULL,
    ""Request_Purpose"" INTEGER NOT NULL,
    ""Request_IsRenewal"" INTEGER NULL,
    ""Request_MultiYear"" INTEGER NOT NULL,
    ""Request_RepublicanCommitmentAccepted"" INTEGER NULL,
    ""Request_AttestationSignedBy"" TEXT NULL,
    ""Instruction_Committee"" TEXT NULL,
    ""Instruction_ExaminedOn"" TEXT NULL,
    ""Instruction_Opinion"" TEXT NULL,
    ""Decision_SittingId"" TEXT NULL,
    ""Decision_AgendaItemId"" TEXT NULL,
    ""Decision_ItemNumber"" TEXT NULL,
    ""Decision_ActNumber"" TEXT NULL,
    ""Decision_DecidingBody"" TEXT NULL,
    ""Decision_BodyKind"" INTEGER NULL,
    ""Decision_DecidedOn"" TEXT NULL,
    ""Decision_Amount"" TEXT NULL,
    ""Decision_PublishedOn"" TEXT NULL,
    ""Decision_PrefectureReceivedOn"" TEXT NULL,
    ""NotifiedOn"" TEXT NULL,
    ""OpenDataPublishedOn"" TEXT NULL,
    CONSTRAINT ""FK_GrantFiles_Authorities_AuthorityId"" FOREIGN KEY (""AuthorityId"") REFERENCES ""Authorities"" (""Id"") ON DELETE RESTRICT,
    CONSTRAINT ""FK_GrantFiles_Beneficiaries_BeneficiaryId"" FOREIGN KEY (""BeneficiaryId"") REFERENCES ""Beneficiaries"" (""Id"") ON DELETE RESTRICT,
    CONSTRAINT ""FK_GrantFiles_Envelopes_EnvelopeId"" FOREIGN KEY (""EnvelopeId"") REFERENCES ""Envelopes"" (""Id"") ON DELETE RESTRICT
)";

    private static readonly string[] Indexes =
    [
        @"CREATE INDEX ""IX_GrantFiles_AuthorityId"" ON ""GrantFiles"" (""AuthorityId"")",
        @"CREATE INDEX ""IX_GrantFiles_BeneficiaryId"" ON ""GrantFiles"" (""BeneficiaryId"")",
        @"CREATE INDEX ""IX_GrantFiles_Decision_ActNumber"" ON ""GrantFiles"" (""Decision_ActNumber"")",
        @"CREATE INDEX ""IX_GrantFiles_EnvelopeId"" ON ""GrantFiles"" (""EnvelopeId"")",
    ];
}
