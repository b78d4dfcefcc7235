using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Subsidia.Data.Migrations;

/// <summary>
/// Version 2: beneficiaries and their history, budget programmes and envelopes, grant files with their request,
/// instruction and decision, forecast budgets as trees, action programmes, conventions and their duties, payment
/// schedules, payment and recovery orders, received documents.
/// </summary>
/// <remarks>Provider-neutral (docs/decisions/0003), except lists of texts: PostgreSQL arrays, JSON text on SQLite.</remarks>
[DbContext(typeof(SubsidiaDbContext))]
[Migration("20261122000002_Subsidies")]
public sealed class Subsidies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        migrationBuilder.CreateTable(
            name: "Beneficiaries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 300),
                ShortName = table.Column<string>(nullable: true, maxLength: 100),
                LegalForm = table.Column<int>(nullable: false),
                HasEconomicActivity = table.Column<bool>(nullable: false),
                Siret = table.Column<string>(nullable: true, maxLength: 14),
                Rna = table.Column<string>(nullable: true, maxLength: 10),
                Representative_Name = table.Column<string>(nullable: true, maxLength: 200),
                Representative_Title = table.Column<string>(nullable: true, maxLength: 200),
                Representative_Civility = table.Column<string>(nullable: true, maxLength: 10),
                Address_Line = table.Column<string>(nullable: true, maxLength: 300),
                Address_PostalCode = table.Column<string>(nullable: true, maxLength: 10),
                Address_City = table.Column<string>(nullable: true, maxLength: 120),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Beneficiaries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "BudgetProgrammes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 200),
                Kind = table.Column<int>(nullable: false),
                FirstYear = table.Column<int>(nullable: false),
                LastYear = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BudgetProgrammes", x => x.Id);
                table.ForeignKey(
                    name: "FK_BudgetProgrammes_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "GrantRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                FunderId = table.Column<Guid>(nullable: true),
                FunderName = table.Column<string>(nullable: false, maxLength: 300),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                GrantedOn = table.Column<DateOnly>(nullable: true),
                GrantFileId = table.Column<Guid>(nullable: true),
                InKind = table.Column<bool>(nullable: false),
                DeMinimis = table.Column<bool>(nullable: false),
                BeneficiaryId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GrantRecords", x => x.Id);
                table.ForeignKey(
                    name: "FK_GrantRecords_Beneficiaries_BeneficiaryId",
                    column: x => x.BeneficiaryId,
                    principalTable: "Beneficiaries",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Envelopes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProgrammeId = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Stage = table.Column<int>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Envelopes", x => x.Id);
                table.ForeignKey(
                    name: "FK_Envelopes_BudgetProgrammes_ProgrammeId",
                    column: x => x.ProgrammeId,
                    principalTable: "BudgetProgrammes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "EnvelopeCharges",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GrantFileId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                ChargedOn = table.Column<DateOnly>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 300),
                Released = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                Paid = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                EnvelopeId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EnvelopeCharges", x => x.Id);
                table.ForeignKey(
                    name: "FK_EnvelopeCharges_Envelopes_EnvelopeId",
                    column: x => x.EnvelopeId,
                    principalTable: "Envelopes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "GrantFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AuthorityId = table.Column<Guid>(nullable: false),
                BeneficiaryId = table.Column<Guid>(nullable: false),
                EnvelopeId = table.Column<Guid>(nullable: true),
                Request_Subject = table.Column<string>(nullable: false, maxLength: 1000),
                Request_AmountRequested = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                Request_PeriodStart = table.Column<DateOnly>(nullable: true),
                Request_PeriodEnd = table.Column<DateOnly>(nullable: true),
                Request_RequestedOn = table.Column<DateOnly>(nullable: true),
                Request_Nature = table.Column<int>(nullable: false),
                Request_Purpose = table.Column<int>(nullable: false),
                Request_IsRenewal = table.Column<bool>(nullable: true),
                Request_MultiYear = table.Column<bool>(nullable: false),
                Request_RepublicanCommitmentAccepted = table.Column<bool>(nullable: true),
                Request_AttestationSignedBy = table.Column<string>(nullable: true, maxLength: 200),
                Instruction_Committee = table.Column<string>(nullable: true, maxLength: 200),
                Instruction_ExaminedOn = table.Column<DateOnly>(nullable: true),
                Instruction_Opinion = table.Column<string>(nullable: true, maxLength: 200),
                Decision_SittingId = table.Column<Guid>(nullable: true),
                Decision_AgendaItemId = table.Column<Guid>(nullable: true),
                Decision_ItemNumber = table.Column<string>(nullable: true, maxLength: 40),
                Decision_ActNumber = table.Column<string>(nullable: true, maxLength: 60),
                Decision_DecidingBody = table.Column<string>(nullable: true, maxLength: 200),
                Decision_BodyKind = table.Column<int>(nullable: true),
                Decision_DecidedOn = table.Column<DateOnly>(nullable: true),
                Decision_Amount = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                Decision_PublishedOn = table.Column<DateOnly>(nullable: true),
                Decision_PrefectureReceivedOn = table.Column<DateOnly>(nullable: true),
                NotifiedOn = table.Column<DateOnly>(nullable: true),
                OpenDataPublishedOn = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GrantFiles", x => x.Id);
                table.ForeignKey(
                    name: "FK_GrantFiles_Authorities_AuthorityId",
                    column: x => x.AuthorityId,
                    principalTable: "Authorities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_GrantFiles_Beneficiaries_BeneficiaryId",
                    column: x => x.BeneficiaryId,
                    principalTable: "Beneficiaries",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_GrantFiles_Envelopes_EnvelopeId",
                    column: x => x.EnvelopeId,
                    principalTable: "Envelopes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ActionProgrammes",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 300),
                PeriodStart = table.Column<DateOnly>(nullable: true),
                PeriodEnd = table.Column<DateOnly>(nullable: true),
                TerritorialIndicators = postgres ? table.Column<string[]>(nullable: false) : table.Column<string>(nullable: false),
                GrantFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionProgrammes", x => x.Id);
                table.ForeignKey(
                    name: "FK_ActionProgrammes_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Conventions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 500),
                AuthorityName = table.Column<string>(nullable: false, maxLength: 300),
                AuthorityRepresentative_Name = table.Column<string>(nullable: true, maxLength: 200),
                AuthorityRepresentative_Title = table.Column<string>(nullable: true, maxLength: 200),
                AuthorityRepresentative_Civility = table.Column<string>(nullable: true, maxLength: 10),
                BeneficiaryName = table.Column<string>(nullable: false, maxLength: 300),
                BeneficiaryRepresentative_Name = table.Column<string>(nullable: true, maxLength: 200),
                BeneficiaryRepresentative_Title = table.Column<string>(nullable: true, maxLength: 200),
                BeneficiaryRepresentative_Civility = table.Column<string>(nullable: true, maxLength: 10),
                Visas = postgres ? table.Column<string[]>(nullable: false) : table.Column<string>(nullable: false),
                Subject = table.Column<string>(nullable: false, maxLength: 2000),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                AmountIsCeiling = table.Column<bool>(nullable: false),
                RedistributionAllowed = table.Column<bool>(nullable: false),
                EntryIntoForce = table.Column<int>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
                FinancialYearEnd = table.Column<DateOnly>(nullable: true),
                RetentionYears = table.Column<int>(nullable: false),
                CitedDecidingBody = table.Column<string>(nullable: true, maxLength: 200),
                StatedActionCount = table.Column<int>(nullable: true),
                SignedOn = table.Column<DateOnly>(nullable: true),
                GrantFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Conventions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Conventions_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ForecastBudgets",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 300),
                StatedTotal = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                StatedPublicSharePercent = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                GrantFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ForecastBudgets", x => x.Id);
                table.ForeignKey(
                    name: "FK_ForecastBudgets_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PaymentSchedules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Ceiling = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                RequestDeadlineMonths = table.Column<int>(nullable: true),
                DeadlineClause = table.Column<string>(nullable: true, maxLength: 500),
                GrantFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentSchedules", x => x.Id);
                table.ForeignKey(
                    name: "FK_PaymentSchedules_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReceivedDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                ReceivedOn = table.Column<DateOnly>(nullable: false),
                Reference = table.Column<string>(nullable: true, maxLength: 300),
                GrantFileId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReceivedDocuments", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReceivedDocuments_GrantFiles_GrantFileId",
                    column: x => x.GrantFileId,
                    principalTable: "GrantFiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProgrammeObjectives",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(nullable: false, maxLength: 20),
                Title = table.Column<string>(nullable: false, maxLength: 500),
                Order = table.Column<int>(nullable: false),
                Note = table.Column<string>(nullable: true, maxLength: 2000),
                ActionProgrammeId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeObjectives", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProgrammeObjectives_ActionProgrammes_ActionProgrammeId",
                    column: x => x.ActionProgrammeId,
                    principalTable: "ActionProgrammes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ConventionDuties",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 500),
                OpensOn = table.Column<DateOnly>(nullable: true),
                DueOn = table.Column<DateOnly>(nullable: false),
                SourceClause = table.Column<string>(nullable: false, maxLength: 500),
                ConventionId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConventionDuties", x => x.Id);
                table.ForeignKey(
                    name: "FK_ConventionDuties_Conventions_ConventionId",
                    column: x => x.ConventionId,
                    principalTable: "Conventions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BudgetSections",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 200),
                Order = table.Column<int>(nullable: false),
                StatedExpenseTotal = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                StatedRevenueTotal = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                ForecastBudgetId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BudgetSections", x => x.Id);
                table.ForeignKey(
                    name: "FK_BudgetSections_ForecastBudgets_ForecastBudgetId",
                    column: x => x.ForecastBudgetId,
                    principalTable: "ForecastBudgets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Instalments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Rank = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 300),
                Share = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                FixedAmount = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                IsBalance = table.Column<bool>(nullable: false),
                Condition = table.Column<int>(nullable: false),
                Optional = table.Column<bool>(nullable: false),
                PaymentScheduleId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Instalments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Instalments_PaymentSchedules_PaymentScheduleId",
                    column: x => x.PaymentScheduleId,
                    principalTable: "PaymentSchedules",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PaymentOrders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstalmentId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                PaymentScheduleId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentOrders", x => x.Id);
                table.ForeignKey(
                    name: "FK_PaymentOrders_PaymentSchedules_PaymentScheduleId",
                    column: x => x.PaymentScheduleId,
                    principalTable: "PaymentSchedules",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RecoveryOrders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 18, scale: 4),
                IssuedOn = table.Column<DateOnly>(nullable: false),
                Basis = table.Column<int>(nullable: false),
                Reason = table.Column<string>(nullable: false, maxLength: 1000),
                PaymentScheduleId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecoveryOrders", x => x.Id);
                table.ForeignKey(
                    name: "FK_RecoveryOrders_PaymentSchedules_PaymentScheduleId",
                    column: x => x.PaymentScheduleId,
                    principalTable: "PaymentSchedules",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Deliverables",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 1000),
                ActionId = table.Column<Guid>(nullable: true),
                Order = table.Column<int>(nullable: false),
                DeliveredOn = table.Column<DateOnly>(nullable: true),
                ObjectiveId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Deliverables", x => x.Id);
                table.ForeignKey(
                    name: "FK_Deliverables_ProgrammeObjectives_ObjectiveId",
                    column: x => x.ObjectiveId,
                    principalTable: "ProgrammeObjectives",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Indicators",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 1000),
                Kind = table.Column<int>(nullable: false),
                Target = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                Unit = table.Column<string>(nullable: true, maxLength: 40),
                ActionId = table.Column<Guid>(nullable: true),
                LowerIsBetter = table.Column<bool>(nullable: false),
                Order = table.Column<int>(nullable: false),
                InterimActual = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                FinalActual = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                ObjectiveId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Indicators", x => x.Id);
                table.ForeignKey(
                    name: "FK_Indicators_ProgrammeObjectives_ObjectiveId",
                    column: x => x.ObjectiveId,
                    principalTable: "ProgrammeObjectives",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ProgrammeActions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(nullable: false, maxLength: 1000),
                Description = table.Column<string>(nullable: true, maxLength: 8000),
                Budget = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                ScheduledOn = table.Column<DateOnly>(nullable: true),
                Order = table.Column<int>(nullable: false),
                ObjectiveId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProgrammeActions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ProgrammeActions_ProgrammeObjectives_ObjectiveId",
                    column: x => x.ObjectiveId,
                    principalTable: "ProgrammeObjectives",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BudgetLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Side = table.Column<int>(nullable: false),
                Label = table.Column<string>(nullable: false, maxLength: 300),
                StatedAmount = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                Funder = table.Column<int>(nullable: true),
                Nature = table.Column<int>(nullable: false),
                IsGrantingAuthority = table.Column<bool>(nullable: false),
                StatedSharePercent = table.Column<decimal>(nullable: true, precision: 18, scale: 4),
                AccountCode = table.Column<string>(nullable: true, maxLength: 10),
                Note = table.Column<string>(nullable: true, maxLength: 500),
                BudgetSectionId = table.Column<Guid>(nullable: true),
                ParentLineId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BudgetLines", x => x.Id);
                table.ForeignKey(
                    name: "FK_BudgetLines_BudgetLines_ParentLineId",
                    column: x => x.ParentLineId,
                    principalTable: "BudgetLines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_BudgetLines_BudgetSections_BudgetSectionId",
                    column: x => x.BudgetSectionId,
                    principalTable: "BudgetSections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ActionProgrammes_GrantFileId",
            table: "ActionProgrammes",
            column: "GrantFileId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Beneficiaries_Siret",
            table: "Beneficiaries",
            column: "Siret");

        migrationBuilder.CreateIndex(
            name: "IX_BudgetLines_BudgetSectionId",
            table: "BudgetLines",
            column: "BudgetSectionId");

        migrationBuilder.CreateIndex(
            name: "IX_BudgetLines_ParentLineId",
            table: "BudgetLines",
            column: "ParentLineId");

        migrationBuilder.CreateIndex(
            name: "IX_BudgetProgrammes_AuthorityId",
            table: "BudgetProgrammes",
            column: "AuthorityId");

        migrationBuilder.CreateIndex(
            name: "IX_BudgetSections_ForecastBudgetId",
            table: "BudgetSections",
            column: "ForecastBudgetId");

        migrationBuilder.CreateIndex(
            name: "IX_ConventionDuties_ConventionId",
            table: "ConventionDuties",
            column: "ConventionId");

        migrationBuilder.CreateIndex(
            name: "IX_Conventions_GrantFileId",
            table: "Conventions",
            column: "GrantFileId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Deliverables_ObjectiveId",
            table: "Deliverables",
            column: "ObjectiveId");

        migrationBuilder.CreateIndex(
            name: "IX_EnvelopeCharges_EnvelopeId",
            table: "EnvelopeCharges",
            column: "EnvelopeId");

        migrationBuilder.CreateIndex(
            name: "IX_EnvelopeCharges_GrantFileId",
            table: "EnvelopeCharges",
            column: "GrantFileId");

        migrationBuilder.CreateIndex(
            name: "IX_Envelopes_ProgrammeId",
            table: "Envelopes",
            column: "ProgrammeId");

        migrationBuilder.CreateIndex(
            name: "IX_ForecastBudgets_GrantFileId",
            table: "ForecastBudgets",
            column: "GrantFileId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_GrantFiles_AuthorityId",
            table: "GrantFiles",
            column: "AuthorityId");

        migrationBuilder.CreateIndex(
            name: "IX_GrantFiles_BeneficiaryId",
            table: "GrantFiles",
            column: "BeneficiaryId");

        migrationBuilder.CreateIndex(
            name: "IX_GrantFiles_Decision_ActNumber",
            table: "GrantFiles",
            column: "Decision_ActNumber");

        migrationBuilder.CreateIndex(
            name: "IX_GrantFiles_EnvelopeId",
            table: "GrantFiles",
            column: "EnvelopeId");

        migrationBuilder.CreateIndex(
            name: "IX_GrantRecords_BeneficiaryId",
            table: "GrantRecords",
            column: "BeneficiaryId");

        migrationBuilder.CreateIndex(
            name: "IX_Indicators_ObjectiveId",
            table: "Indicators",
            column: "ObjectiveId");

        migrationBuilder.CreateIndex(
            name: "IX_Instalments_PaymentScheduleId",
            table: "Instalments",
            column: "PaymentScheduleId");

        migrationBuilder.CreateIndex(
            name: "IX_PaymentOrders_PaymentScheduleId",
            table: "PaymentOrders",
            column: "PaymentScheduleId");

        migrationBuilder.CreateIndex(
            name: "IX_PaymentSchedules_GrantFileId",
            table: "PaymentSchedules",
            column: "GrantFileId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ProgrammeActions_ObjectiveId",
            table: "ProgrammeActions",
            column: "ObjectiveId");

        migrationBuilder.CreateIndex(
            name: "IX_ProgrammeObjectives_ActionProgrammeId",
            table: "ProgrammeObjectives",
            column: "ActionProgrammeId");

        migrationBuilder.CreateIndex(
            name: "IX_ReceivedDocuments_GrantFileId",
            table: "ReceivedDocuments",
            column: "GrantFileId");

        migrationBuilder.CreateIndex(
            name: "IX_RecoveryOrders_PaymentScheduleId",
            table: "RecoveryOrders",
            column: "PaymentScheduleId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "BudgetLines");
        migrationBuilder.DropTable(name: "ProgrammeActions");
        migrationBuilder.DropTable(name: "Indicators");
        migrationBuilder.DropTable(name: "Deliverables");
        migrationBuilder.DropTable(name: "RecoveryOrders");
        migrationBuilder.DropTable(name: "PaymentOrders");
        migrationBuilder.DropTable(name: "Instalments");
        migrationBuilder.DropTable(name: "BudgetSections");
        migrationBuilder.DropTable(name: "ConventionDuties");
        migrationBuilder.DropTable(name: "ProgrammeObjectives");
        migrationBuilder.DropTable(name: "ReceivedDocuments");
        migrationBuilder.DropTable(name: "PaymentSchedules");
        migrationBuilder.DropTable(name: "ForecastBudgets");
        migrationBuilder.DropTable(name: "Conventions");
        migrationBuilder.DropTable(name: "ActionProgrammes");
        migrationBuilder.DropTable(name: "GrantFiles");
        migrationBuilder.DropTable(name: "EnvelopeCharges");
        migrationBuilder.DropTable(name: "Envelopes");
        migrationBuilder.DropTable(name: "GrantRecords");
        migrationBuilder.DropTable(name: "BudgetProgrammes");
        migrationBuilder.DropTable(name: "Beneficiaries");
    }
}
