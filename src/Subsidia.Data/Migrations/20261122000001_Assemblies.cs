using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>
/// Version 1: authorities, assemblies, members, sittings with their order of passage, attendance, proxies, chairs,
/// agenda items with recorded tallies, interests and named votes; imported documents.
/// </summary>
/// <remarks>
/// Hand-written and provider-neutral (docs/decisions/0003): columns give CLR types only, so SQLite and PostgreSQL
/// each map them to their own store types. Drafted with tools/Subsidia.MigrationDraft, then frozen.
/// </remarks>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000001_Assemblies")]
public sealed class Assemblies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "Authorities",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 300),
                Siren = table.Column<string>(nullable: true, maxLength: 9),
                DepartmentCode = table.Column<string>(nullable: true, maxLength: 3),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Authorities", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ImportedDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Sha256 = table.Column<string>(nullable: false, maxLength: 64),
                FileName = table.Column<string>(nullable: false, maxLength: 400),
                Kind = table.Column<string>(nullable: false, maxLength: 40),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImportedDocuments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Assemblies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 200),
                Kind = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Assemblies", x => x.Id);
                table.ForeignKey(
                    name: "FK_Assemblies_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Members",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssemblyId = table.Column<Guid>(nullable: false),
                FamilyName = table.Column<string>(nullable: false, maxLength: 120),
                GivenName = table.Column<string>(nullable: true, maxLength: 120),
                Civility = table.Column<string>(nullable: true, maxLength: 10),
                Commune = table.Column<string>(nullable: true, maxLength: 120),
                Role = table.Column<int>(nullable: false),
                SubstituteForId = table.Column<Guid>(nullable: true),
                MandateFrom = table.Column<DateOnly>(nullable: true),
                MandateTo = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Members", x => x.Id);
                table.ForeignKey(
                    name: "FK_Members_Assemblies_AssemblyId",
                    column: x => x.AssemblyId,
                    principalTable: "Assemblies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sittings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AssemblyId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Place = table.Column<string>(nullable: true, maxLength: 300),
                ConvenedOn = table.Column<DateOnly>(nullable: true),
                PublishedOn = table.Column<DateOnly>(nullable: true),
                OpenedAt = table.Column<TimeOnly>(nullable: true),
                ClosedAt = table.Column<TimeOnly>(nullable: true),
                MembersInOffice = table.Column<int>(nullable: false),
                SecretaryId = table.Column<Guid>(nullable: true),
                PositionScheme = table.Column<int>(nullable: false),
                SignedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sittings", x => x.Id);
                table.ForeignKey(
                    name: "FK_Sittings_Assemblies_AssemblyId",
                    column: x => x.AssemblyId,
                    principalTable: "Assemblies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AgendaItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Rank = table.Column<int>(nullable: false),
                Number = table.Column<string>(nullable: false, maxLength: 40),
                Title = table.Column<string>(nullable: false, maxLength: 2000),
                PositionKey = table.Column<string>(nullable: true, maxLength: 40),
                ActNumber = table.Column<string>(nullable: true, maxLength: 60),
                Rapporteur = table.Column<string>(nullable: true, maxLength: 200),
                Committee = table.Column<string>(nullable: true, maxLength: 200),
                CommitteeDate = table.Column<DateOnly>(nullable: true),
                CommitteeOpinion = table.Column<string>(nullable: true, maxLength: 200),
                Matter = table.Column<string>(nullable: true, maxLength: 20),
                VoteMode = table.Column<int>(nullable: false),
                RequiredMajority = table.Column<int>(nullable: false),
                SittingId = table.Column<Guid>(nullable: true),
                RecordedAbstain = table.Column<int>(nullable: true),
                RecordedAgainst = table.Column<int>(nullable: true),
                RecordedFor = table.Column<int>(nullable: true),
                RecordedNotTakingPart = table.Column<int>(nullable: true),
                RecordedUnanimous = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_AgendaItems_Sittings_SittingId",
                    column: x => x.SittingId,
                    principalTable: "Sittings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Attendances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                ReplacesMemberId = table.Column<Guid>(nullable: true),
                From = table.Column<string>(nullable: true, maxLength: 40),
                To = table.Column<string>(nullable: true, maxLength: 40),
                SittingId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attendances", x => x.Id);
                table.ForeignKey(
                    name: "FK_Attendances_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Attendances_Members_ReplacesMemberId",
                    column: x => x.ReplacesMemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Attendances_Sittings_SittingId",
                    column: x => x.SittingId,
                    principalTable: "Sittings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ChairTerms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(nullable: true, maxLength: 40),
                To = table.Column<string>(nullable: true, maxLength: 40),
                SittingId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ChairTerms", x => x.Id);
                table.ForeignKey(
                    name: "FK_ChairTerms_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ChairTerms_Sittings_SittingId",
                    column: x => x.SittingId,
                    principalTable: "Sittings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Proxies",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GrantorId = table.Column<Guid>(nullable: false),
                HolderId = table.Column<Guid>(nullable: false),
                From = table.Column<string>(nullable: true, maxLength: 40),
                To = table.Column<string>(nullable: true, maxLength: 40),
                MandateReference = table.Column<string>(nullable: true, maxLength: 100),
                MedicallyCertified = table.Column<bool>(nullable: false),
                SittingId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Proxies", x => x.Id);
                table.ForeignKey(
                    name: "FK_Proxies_Members_GrantorId",
                    column: x => x.GrantorId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Proxies_Members_HolderId",
                    column: x => x.HolderId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Proxies_Sittings_SittingId",
                    column: x => x.SittingId,
                    principalTable: "Sittings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SittingPositions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Index = table.Column<int>(nullable: false),
                Key = table.Column<string>(nullable: false, maxLength: 40),
                OpenedAt = table.Column<TimeOnly>(nullable: true),
                SittingId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SittingPositions", x => x.Id);
                table.ForeignKey(
                    name: "FK_SittingPositions_Sittings_SittingId",
                    column: x => x.SittingId,
                    principalTable: "Sittings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ItemInterests",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ItemInterests", x => x.Id);
                table.ForeignKey(
                    name: "FK_ItemInterests_AgendaItems_AgendaItemId",
                    column: x => x.AgendaItemId,
                    principalTable: "AgendaItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ItemInterests_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "MemberVotes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MemberId = table.Column<Guid>(nullable: false),
                Choice = table.Column<int>(nullable: false),
                OnBehalfOfId = table.Column<Guid>(nullable: true),
                AgendaItemId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MemberVotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_MemberVotes_AgendaItems_AgendaItemId",
                    column: x => x.AgendaItemId,
                    principalTable: "AgendaItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_MemberVotes_Members_MemberId",
                    column: x => x.MemberId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_MemberVotes_Members_OnBehalfOfId",
                    column: x => x.OnBehalfOfId,
                    principalTable: "Members",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AttendanceGaps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                From = table.Column<string>(nullable: true, maxLength: 40),
                To = table.Column<string>(nullable: true, maxLength: 40),
                AttendanceId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AttendanceGaps", x => x.Id);
                table.ForeignKey(
                    name: "FK_AttendanceGaps_Attendances_AttendanceId",
                    column: x => x.AttendanceId,
                    principalTable: "Attendances",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AgendaItems_ActNumber",
            table: "AgendaItems",
            column: "ActNumber");

        migrationBuilder.CreateIndex(
            name: "IX_AgendaItems_SittingId",
            table: "AgendaItems",
            column: "SittingId");

        migrationBuilder.CreateIndex(
            name: "IX_Assemblies_AuthorityId",
            table: "Assemblies",
            column: "AuthorityId");

        migrationBuilder.CreateIndex(
            name: "IX_AttendanceGaps_AttendanceId",
            table: "AttendanceGaps",
            column: "AttendanceId");

        migrationBuilder.CreateIndex(
            name: "IX_Attendances_MemberId",
            table: "Attendances",
            column: "MemberId");

        migrationBuilder.CreateIndex(
            name: "IX_Attendances_ReplacesMemberId",
            table: "Attendances",
            column: "ReplacesMemberId");

        migrationBuilder.CreateIndex(
            name: "IX_Attendances_SittingId",
            table: "Attendances",
            column: "SittingId");

        migrationBuilder.CreateIndex(
            name: "IX_ChairTerms_MemberId",
            table: "ChairTerms",
            column: "MemberId");

        migrationBuilder.CreateIndex(
            name: "IX_ChairTerms_SittingId",
            table: "ChairTerms",
            column: "SittingId");

        migrationBuilder.CreateIndex(
            name: "IX_ImportedDocuments_Sha256",
            table: "ImportedDocuments",
            column: "Sha256",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ItemInterests_AgendaItemId",
            table: "ItemInterests",
            column: "AgendaItemId");

        migrationBuilder.CreateIndex(
            name: "IX_ItemInterests_MemberId",
            table: "ItemInterests",
            column: "MemberId");

        migrationBuilder.CreateIndex(
            name: "IX_Members_AssemblyId_FamilyName",
            table: "Members",
            columns: new[] { "AssemblyId", "FamilyName" });

        migrationBuilder.CreateIndex(
            name: "IX_MemberVotes_AgendaItemId",
            table: "MemberVotes",
            column: "AgendaItemId");

        migrationBuilder.CreateIndex(
            name: "IX_MemberVotes_MemberId",
            table: "MemberVotes",
            column: "MemberId");

        migrationBuilder.CreateIndex(
            name: "IX_MemberVotes_OnBehalfOfId",
            table: "MemberVotes",
            column: "OnBehalfOfId");

        migrationBuilder.CreateIndex(
            name: "IX_Proxies_GrantorId",
            table: "Proxies",
            column: "GrantorId");

        migrationBuilder.CreateIndex(
            name: "IX_Proxies_HolderId",
            table: "Proxies",
            column: "HolderId");

        migrationBuilder.CreateIndex(
            name: "IX_Proxies_SittingId",
            table: "Proxies",
            column: "SittingId");

        migrationBuilder.CreateIndex(
            name: "IX_SittingPositions_SittingId",
            table: "SittingPositions",
            column: "SittingId");

        migrationBuilder.CreateIndex(
            name: "IX_Sittings_AssemblyId_Date",
            table: "Sittings",
            columns: new[] { "AssemblyId", "Date" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "AttendanceGaps");
        migrationBuilder.DropTable(name: "MemberVotes");
        migrationBuilder.DropTable(name: "ItemInterests");
        migrationBuilder.DropTable(name: "SittingPositions");
        migrationBuilder.DropTable(name: "Proxies");
        migrationBuilder.DropTable(name: "ChairTerms");
        migrationBuilder.DropTable(name: "Attendances");
        migrationBuilder.DropTable(name: "AgendaItems");
        migrationBuilder.DropTable(name: "Sittings");
        migrationBuilder.DropTable(name: "Members");
        migrationBuilder.DropTable(name: "Assemblies");
        migrationBuilder.DropTable(name: "ImportedDocuments");
        migrationBuilder.DropTable(name: "Authorities");
    }
}
