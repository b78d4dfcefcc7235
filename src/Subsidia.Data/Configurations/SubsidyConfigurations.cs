using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Data.Configurations;

internal static class Keys
{
    /// <summary>Guid key set by the domain, never by the database.</summary>
    public static void Own<T>(EntityTypeBuilder<T> b, string table)
        where T : class
    {
        b.ToTable(table);
        b.HasKey("Id");
        b.Property<Guid>("Id").ValueGeneratedNever();
    }

    public static void FieldAccess<T>(EntityTypeBuilder<T> b, params string[] navigations)
        where T : class
    {
        foreach (var navigation in navigations)
        {
            b.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
{
    public void Configure(EntityTypeBuilder<Beneficiary> b)
    {
        Keys.Own(b, "Beneficiaries");
        b.Property(x => x.Name).HasMaxLength(300).IsRequired();
        b.Property(x => x.ShortName).HasMaxLength(100);
        b.Property(x => x.Siret).HasMaxLength(14);
        b.Property(x => x.Rna).HasMaxLength(10);
        b.HasIndex(x => x.Siret);
        b.OwnsOne(x => x.Representative, r =>
        {
            r.Property(p => p.Name).HasMaxLength(200);
            r.Property(p => p.Title).HasMaxLength(200);
            r.Property(p => p.Civility).HasMaxLength(10);
        });
        b.OwnsOne(x => x.Address, a =>
        {
            a.Property(p => p.Line).HasMaxLength(300);
            a.Property(p => p.PostalCode).HasMaxLength(10);
            a.Property(p => p.City).HasMaxLength(120);
        });
        b.HasMany(x => x.History).WithOne().HasForeignKey("BeneficiaryId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(Beneficiary.History));
    }
}

internal sealed class GrantRecordConfiguration : IEntityTypeConfiguration<GrantRecord>
{
    public void Configure(EntityTypeBuilder<GrantRecord> b)
    {
        Keys.Own(b, "GrantRecords");
        b.Property(x => x.FunderName).HasMaxLength(300).IsRequired();
    }
}

internal sealed class BudgetProgrammeConfiguration : IEntityTypeConfiguration<BudgetProgramme>
{
    public void Configure(EntityTypeBuilder<BudgetProgramme> b)
    {
        Keys.Own(b, "BudgetProgrammes");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Envelopes).WithOne().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(BudgetProgramme.Envelopes));
    }
}

internal sealed class EnvelopeConfiguration : IEntityTypeConfiguration<Envelope>
{
    public void Configure(EntityTypeBuilder<Envelope> b)
    {
        Keys.Own(b, "Envelopes");
        b.HasMany(x => x.Charges).WithOne().HasForeignKey("EnvelopeId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Amendments).WithOne().HasForeignKey("EnvelopeId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(Envelope.Charges), nameof(Envelope.Amendments));
    }
}

internal sealed class EnvelopeAmendmentConfiguration : IEntityTypeConfiguration<EnvelopeAmendment>
{
    public void Configure(EntityTypeBuilder<EnvelopeAmendment> b)
    {
        Keys.Own(b, "EnvelopeAmendments");
        b.Property(x => x.Reference).HasMaxLength(Envelope.ReferenceMaxLength);
        // One rank per envelope: of two amendments made at once from the same credits, the second is refused, not lost.
        b.HasIndex("EnvelopeId", nameof(EnvelopeAmendment.Rank)).IsUnique();
    }
}

internal sealed class EnvelopeChargeConfiguration : IEntityTypeConfiguration<EnvelopeCharge>
{
    public void Configure(EntityTypeBuilder<EnvelopeCharge> b)
    {
        Keys.Own(b, "EnvelopeCharges");
        b.Property(x => x.Label).HasMaxLength(300).IsRequired();
        b.HasIndex(x => x.GrantFileId);
    }
}

internal sealed class GrantFileConfiguration : IEntityTypeConfiguration<GrantFile>
{
    public void Configure(EntityTypeBuilder<GrantFile> b)
    {
        Keys.Own(b, "GrantFiles");
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Envelope>().WithMany().HasForeignKey(x => x.EnvelopeId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Request, r =>
        {
            r.Property(p => p.Subject).HasMaxLength(1000).IsRequired();
            r.Property(p => p.AttestationSignedBy).HasMaxLength(200);
        });
        b.Navigation(x => x.Request).IsRequired();
        b.OwnsOne(x => x.Instruction, i =>
        {
            i.Property(p => p.Committee).HasMaxLength(200);
            i.Property(p => p.Opinion).HasMaxLength(200);
        });
        b.OwnsOne(x => x.Decision, d =>
        {
            d.Property(p => p.ItemNumber).HasMaxLength(40);
            d.Property(p => p.ActNumber).HasMaxLength(60);
            d.Property(p => p.DecidingBody).HasMaxLength(200);
            d.HasIndex(p => p.ActNumber);
        });
        b.HasOne(x => x.Budget).WithOne().HasForeignKey<ForecastBudget>("GrantFileId").OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Programme).WithOne().HasForeignKey<ActionProgramme>("GrantFileId").OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Convention).WithOne().HasForeignKey<Convention>("GrantFileId").OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Schedule).WithOne().HasForeignKey<PaymentSchedule>("GrantFileId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey("GrantFileId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(GrantFile.Documents));
        b.Ignore(x => x.AmountGranted);
        b.Ignore(x => x.Year);
    }
}

internal sealed class ReceivedDocumentConfiguration : IEntityTypeConfiguration<ReceivedDocument>
{
    public void Configure(EntityTypeBuilder<ReceivedDocument> b)
    {
        Keys.Own(b, "ReceivedDocuments");
        b.Property(x => x.Reference).HasMaxLength(300);
    }
}

internal sealed class ForecastBudgetConfiguration : IEntityTypeConfiguration<ForecastBudget>
{
    public void Configure(EntityTypeBuilder<ForecastBudget> b)
    {
        Keys.Own(b, "ForecastBudgets");
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.HasMany(x => x.Sections).WithOne().HasForeignKey("ForecastBudgetId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(ForecastBudget.Sections));
    }
}

internal sealed class BudgetSectionConfiguration : IEntityTypeConfiguration<BudgetSection>
{
    public void Configure(EntityTypeBuilder<BudgetSection> b)
    {
        Keys.Own(b, "BudgetSections");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Ignore(x => x.Expenses);
        b.Ignore(x => x.Revenues);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey("BudgetSectionId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(BudgetSection.Lines));
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> b)
    {
        Keys.Own(b, "BudgetLines");
        b.Property(x => x.Label).HasMaxLength(300).IsRequired();
        b.Property(x => x.AccountCode).HasMaxLength(10);
        b.Property(x => x.Note).HasMaxLength(500);
        // Top-level lines belong to their section; sub-lines only to their parent line (a tree, R-25).
        b.HasMany(x => x.Children).WithOne().HasForeignKey("ParentLineId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(BudgetLine.Children));
        // Its rank among its siblings, numbered by the context on save (a tree reads back in its order).
        b.Property<int>(SubsidiaDbContext.BudgetLinePosition);
    }
}

internal sealed class StoredObligationConfiguration : IEntityTypeConfiguration<Obligations.StoredObligation>
{
    public void Configure(EntityTypeBuilder<Obligations.StoredObligation> b)
    {
        b.ToTable("GrantObligations");
        b.HasKey(x => new { x.GrantFileId, x.Position });
        b.Property(x => x.Label).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Source).HasMaxLength(500).IsRequired();
        b.Property(x => x.PendingReason).HasMaxLength(300);
        b.Property(x => x.BeneficiaryName).HasMaxLength(300).IsRequired();
        b.HasOne<GrantFile>().WithMany().HasForeignKey(x => x.GrantFileId).OnDelete(DeleteBehavior.Cascade);
        // The lists read by due date, then beneficiary (the page's and the API's order).
        b.HasIndex(x => new { x.DueOn, x.BeneficiaryName, x.GrantFileId, x.Position });
    }
}

internal sealed class ObligationStampConfiguration : IEntityTypeConfiguration<Obligations.ObligationStamp>
{
    public void Configure(EntityTypeBuilder<Obligations.ObligationStamp> b)
    {
        b.ToTable("ObligationStamps");
        b.HasKey(x => x.GrantFileId);
        b.Property(x => x.GrantFileId).ValueGeneratedNever();
        b.HasOne<GrantFile>().WithMany().HasForeignKey(x => x.GrantFileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionProgrammeConfiguration : IEntityTypeConfiguration<ActionProgramme>
{
    public void Configure(EntityTypeBuilder<ActionProgramme> b)
    {
        Keys.Own(b, "ActionProgrammes");
        b.Property(x => x.Title).HasMaxLength(300).IsRequired();
        b.PrimitiveCollection(x => x.TerritorialIndicators).HasField("_territorialIndicators").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(x => x.Actions);
        b.Ignore(x => x.Indicators);
        b.HasMany(x => x.Objectives).WithOne().HasForeignKey("ActionProgrammeId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(ActionProgramme.Objectives));
    }
}

internal sealed class ProgrammeObjectiveConfiguration : IEntityTypeConfiguration<ProgrammeObjective>
{
    public void Configure(EntityTypeBuilder<ProgrammeObjective> b)
    {
        Keys.Own(b, "ProgrammeObjectives");
        b.Property(x => x.Number).HasMaxLength(20).IsRequired();
        b.Property(x => x.Title).HasMaxLength(500).IsRequired();
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey("ObjectiveId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Deliverables).WithOne().HasForeignKey("ObjectiveId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Indicators).WithOne().HasForeignKey("ObjectiveId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(ProgrammeObjective.Actions), nameof(ProgrammeObjective.Deliverables), nameof(ProgrammeObjective.Indicators));
    }
}

internal sealed class ProgrammeActionConfiguration : IEntityTypeConfiguration<ProgrammeAction>
{
    public void Configure(EntityTypeBuilder<ProgrammeAction> b)
    {
        Keys.Own(b, "ProgrammeActions");
        b.Property(x => x.Title).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Description).HasMaxLength(8000);
    }
}

internal sealed class DeliverableConfiguration : IEntityTypeConfiguration<Deliverable>
{
    public void Configure(EntityTypeBuilder<Deliverable> b)
    {
        Keys.Own(b, "Deliverables");
        b.Property(x => x.Title).HasMaxLength(1000).IsRequired();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        Keys.Own(b, "Indicators");
        b.Property(x => x.Label).HasMaxLength(1000).IsRequired();
        b.Property(x => x.Unit).HasMaxLength(40);
    }
}

internal sealed class ConventionConfiguration : IEntityTypeConfiguration<Convention>
{
    public void Configure(EntityTypeBuilder<Convention> b)
    {
        Keys.Own(b, "Conventions");
        b.Property(x => x.Title).HasMaxLength(500).IsRequired();
        b.Property(x => x.AuthorityName).HasMaxLength(300).IsRequired();
        b.Property(x => x.BeneficiaryName).HasMaxLength(300).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(2000).IsRequired();
        b.Property(x => x.CitedDecidingBody).HasMaxLength(200);
        b.OwnsOne(x => x.AuthorityRepresentative, r =>
        {
            r.Property(p => p.Name).HasMaxLength(200);
            r.Property(p => p.Title).HasMaxLength(200);
            r.Property(p => p.Civility).HasMaxLength(10);
        });
        b.OwnsOne(x => x.BeneficiaryRepresentative, r =>
        {
            r.Property(p => p.Name).HasMaxLength(200);
            r.Property(p => p.Title).HasMaxLength(200);
            r.Property(p => p.Civility).HasMaxLength(10);
        });
        b.PrimitiveCollection(x => x.Visas).HasField("_visas").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Duties).WithOne().HasForeignKey("ConventionId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(Convention.Duties));
    }
}

internal sealed class ConventionDutyConfiguration : IEntityTypeConfiguration<ConventionDuty>
{
    public void Configure(EntityTypeBuilder<ConventionDuty> b)
    {
        Keys.Own(b, "ConventionDuties");
        b.Property(x => x.Label).HasMaxLength(500).IsRequired();
        b.Property(x => x.SourceClause).HasMaxLength(500).IsRequired();
    }
}

internal sealed class PaymentScheduleConfiguration : IEntityTypeConfiguration<PaymentSchedule>
{
    public void Configure(EntityTypeBuilder<PaymentSchedule> b)
    {
        Keys.Own(b, "PaymentSchedules");
        b.Property(x => x.DeadlineClause).HasMaxLength(500);
        b.HasMany(x => x.Instalments).WithOne().HasForeignKey("PaymentScheduleId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Orders).WithOne().HasForeignKey("PaymentScheduleId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Recoveries).WithOne().HasForeignKey("PaymentScheduleId").OnDelete(DeleteBehavior.Cascade);
        Keys.FieldAccess(b, nameof(PaymentSchedule.Instalments), nameof(PaymentSchedule.Orders), nameof(PaymentSchedule.Recoveries));
    }
}

internal sealed class InstalmentConfiguration : IEntityTypeConfiguration<Instalment>
{
    public void Configure(EntityTypeBuilder<Instalment> b)
    {
        Keys.Own(b, "Instalments");
        b.Property(x => x.Label).HasMaxLength(300).IsRequired();
    }
}

internal sealed class PaymentOrderConfiguration : IEntityTypeConfiguration<PaymentOrder>
{
    public void Configure(EntityTypeBuilder<PaymentOrder> b) => Keys.Own(b, "PaymentOrders");
}

internal sealed class RecoveryOrderConfiguration : IEntityTypeConfiguration<RecoveryOrder>
{
    public void Configure(EntityTypeBuilder<RecoveryOrder> b)
    {
        Keys.Own(b, "RecoveryOrders");
        b.Property(x => x.Reason).HasMaxLength(1000).IsRequired();
    }
}
