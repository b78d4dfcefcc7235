using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Rules;
using Subsidia.Domain.Assemblies;

namespace Subsidia.Domain.Tests.Subsidies;

public class SubsidyRulesTests
{
    private static readonly Guid Authority = Guid.NewGuid();

    private static ForecastBudget SmallBudget(decimal parentAmount, decimal authorityAmount)
    {
        var budget = new ForecastBudget(Guid.NewGuid(), "Budget");
        var section = budget.AddSection("Projet", statedExpenseTotal: 1_000m, statedRevenueTotal: 1_000m);
        var parent = section.AddExpense("Fonctionnement", parentAmount);
        parent.AddChild("Loyer", 600m);
        parent.AddChild("Charges", 400m);
        section.AddRevenue("Commune", authorityAmount, FunderKind.Public, grantingAuthority: true);
        section.AddRevenue("Cotisations", 1_000m - authorityAmount, FunderKind.Own);
        return budget;
    }

    [Fact]
    public void Check_ParentDiffersFromItsChildren_AmountSumMismatch()
    {
        var findings = SmallBudget(900m, 500m).Check(500m);

        Assert.Contains(findings, f => f.Code == FindingCodes.AmountSumMismatch && f.Message.Contains("Fonctionnement", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ExpensesDifferFromRevenues_BudgetUnbalanced()
    {
        var budget = new ForecastBudget(Guid.NewGuid(), "Budget");
        var section = budget.AddSection("Projet");
        section.AddExpense("Achats", 1_000m);
        section.AddRevenue("Commune", 800m, FunderKind.Public, grantingAuthority: true);

        Assert.Contains(budget.Check(800m), f => f.Code == SubsidyFindingCodes.BudgetUnbalanced);
    }

    [Fact]
    public void Check_AuthorityLineDiffersFromGrant_GrantLineMismatch()
    {
        Assert.Contains(SmallBudget(1_000m, 500m).Check(600m), f => f.Code == SubsidyFindingCodes.GrantLineMismatch);
    }

    [Fact]
    public void Check_GrantAboveNeed_SubsidyExceedsNeed()
    {
        Assert.Contains(SmallBudget(1_000m, 500m).Check(600m), f => f.Code == SubsidyFindingCodes.SubsidyExceedsNeed);
    }

    [Fact]
    public void Check_InKindOnlyOnExpenseSide_InKindUnbalanced()
    {
        var budget = new ForecastBudget(Guid.NewGuid(), "Budget");
        var section = budget.AddSection("Projet");
        section.AddExpense("Bénévolat", 200m, ContributionNature.InKind);
        section.AddRevenue("Commune", 200m, FunderKind.Public, grantingAuthority: true);

        Assert.Contains(budget.Check(200m), f => f.Code == SubsidyFindingCodes.InKindUnbalanced);
    }

    [Fact]
    public void Check_InKindOnlyOnRevenueSide_InKindUnbalanced()
    {
        var budget = new ForecastBudget(Guid.NewGuid(), "Budget");
        var section = budget.AddSection("Projet");
        section.AddExpense("Achats", 400m);
        section.AddRevenue("Mise à disposition de locaux", 200m, FunderKind.Public, nature: ContributionNature.InKind);
        section.AddRevenue("Commune", 200m, FunderKind.Public, grantingAuthority: true);

        Assert.Contains(budget.Check(200m), f => f.Code == SubsidyFindingCodes.InKindUnbalanced);
    }

    [Fact]
    public void Evaluate_DeMinimisOverRollingThreeYears_Exceeded()
    {
        var company = new Beneficiary(Guid.NewGuid(), "Société X", LegalForm.Company, hasEconomicActivity: true);
        company.RecordGrant(2023, Authority, "Région", 200_000m, new DateOnly(2023, 3, 1), deMinimis: true);
        company.RecordGrant(2021, Authority, "Région", 250_000m, new DateOnly(2021, 1, 15), deMinimis: true);

        var result = DeMinimis.Evaluate(company, new DateOnly(2025, 6, 1), 150_000m);

        Assert.Equal(200_000m, result.PriorAid);
        Assert.True(result.Exceeded);
    }

    [Fact]
    public void Check_DeMinimisForAnAssociationWithoutEconomicActivity_NoFinding()
    {
        var association = new Beneficiary(Guid.NewGuid(), "Association Y", LegalForm.Association);
        association.RecordGrant(2024, Authority, "Région", 400_000m, new DateOnly(2024, 3, 1), deMinimis: true);

        Assert.Null(DeMinimis.Check(association, new DateOnly(2025, 6, 1), 10_000m));
    }

    [Fact]
    public void Check_AssociationRequestAfter2January2022WithoutCer_Error()
    {
        var finding = RepublicanCommitment.Check(LegalForm.Association, new DateOnly(2023, 1, 10), false, "Association Y");

        Assert.NotNull(finding);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Check_RequestBefore2022_CerNotApplicable()
    {
        Assert.Null(RepublicanCommitment.Check(LegalForm.Association, new DateOnly(2012, 1, 10), null, "Association Y"));
    }

    [Fact]
    public void Check_ConventionRequiredButNotSigned_ConventionRequiredError()
    {
        var beneficiary = new Beneficiary(Guid.NewGuid(), "Association Y", LegalForm.Association);
        beneficiary.RecordGrant(2025, Authority, "Commune", 24_000m);

        var finding = ConventionThreshold.Check(ConventionThreshold.Evaluate(beneficiary, Authority, 2025), conventionSigned: false);

        Assert.Equal(SubsidyFindingCodes.ConventionRequired, finding?.Code);
    }

    [Fact]
    public void WarnIfOverdrawn_ChargeBeyondAvailable_Warning()
    {
        var programme = new BudgetProgramme(Guid.NewGuid(), Authority, "Culture", ProgrammeKind.ApCp, 2025, 2027);
        var envelope = programme.OpenEnvelope(Guid.NewGuid(), 2025, BudgetStage.Primitive, 10_000m);
        envelope.Charge(Guid.NewGuid(), 8_000m, new DateOnly(2025, 2, 1), "A");

        var warning = envelope.WarnIfOverdrawn(3_000m);

        Assert.Equal(SubsidyFindingCodes.EnvelopeOverdrawn, warning?.Code);
    }

    [Fact]
    public void RecordPayment_OnChargedGrant_UpdatesPaid()
    {
        var programme = new BudgetProgramme(Guid.NewGuid(), Authority, "Culture", ProgrammeKind.Ppif, 2025, 2027);
        var envelope = programme.OpenEnvelope(Guid.NewGuid(), 2025, BudgetStage.Primitive, 10_000m);
        var grantId = Guid.NewGuid();
        envelope.Charge(grantId, 8_000m, new DateOnly(2025, 2, 1), "A");

        envelope.RecordPayment(grantId, 4_000m);

        Assert.Equal(4_000m, envelope.Paid);
    }

    [Fact]
    public void SetSiret_BadChecksum_ThrowsWithFrenchReason()
    {
        var beneficiary = new Beneficiary(Guid.NewGuid(), "Association Y", LegalForm.Association);

        var error = Assert.Throws<ArgumentException>(() => beneficiary.SetSiret("12345678901235"));

        Assert.Contains("Luhn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SetRna_WellFormed_Stored()
    {
        var beneficiary = new Beneficiary(Guid.NewGuid(), "Association Y", LegalForm.Association);

        beneficiary.SetRna("w251000123");

        Assert.Equal("W251000123", beneficiary.Rna);
    }

    [Fact]
    public void Achievement_CountIndicatorReportedAtFinal_ActualOverTarget()
    {
        var programme = new ActionProgramme(Guid.NewGuid(), "Programme");
        var indicator = programme.AddObjective("1", "Objectif").AddIndicator("30 visites", IndicatorKind.Count, 30m);

        indicator.Report(ReportStage.Final, 24m);

        Assert.Equal(0.8m, indicator.Achievement(ReportStage.Final));
        Assert.Null(indicator.Achievement(ReportStage.Interim));
    }

    [Fact]
    public void Achievement_LowerIsBetterIndicatorAboveTarget_TargetOverActual()
    {
        var programme = new ActionProgramme(Guid.NewGuid(), "Programme");
        var indicator = programme.AddObjective("8", "Communication").AddIndicator("moins de 45 jours", IndicatorKind.Count, 45m, "jours", lowerIsBetter: true);

        indicator.Report(ReportStage.Interim, 90m);

        Assert.Equal(0.5m, indicator.Achievement(ReportStage.Interim));
    }

    [Fact]
    public void Achievement_QualitativeIndicatorMet_One()
    {
        var programme = new ActionProgramme(Guid.NewGuid(), "Programme");
        var indicator = programme.AddObjective("5", "RH").AddIndicator("Livret d'accueil diffusé", IndicatorKind.Qualitative);

        indicator.ReportMet(ReportStage.Final, true);

        Assert.Equal(1m, indicator.Achievement(ReportStage.Final));
    }

    [Fact]
    public void StateOn_DocumentObligationFulfilledLate_Met()
    {
        var obligation = new Obligation(Guid.NewGuid(), ObligationKind.FinalReports, "Rapports finaux", null, new DateOnly(2025, 11, 15), "Convention, article 3",
            Discharge.ByAction, false, new DateOnly(2025, 11, 20), null);

        Assert.Equal(ObligationState.Late, obligation.StateOn(new DateOnly(2025, 11, 18)));
        Assert.Equal(ObligationState.Met, obligation.StateOn(new DateOnly(2025, 11, 20)));
    }

    [Fact]
    public void Check_GrantFileAboveThresholdWithoutConvention_ConventionRequired()
    {
        var beneficiary = new Beneficiary(Guid.NewGuid(), "Association Y", LegalForm.Association);
        beneficiary.RecordGrant(2025, Authority, "Commune", 15_000m);
        var grant = new GrantFile(Guid.NewGuid(), Authority, beneficiary.Id, new GrantRequest("Festival", 10_000m, null, null, new DateOnly(2021, 12, 1)));
        grant.Decide(new GrantDecision(Guid.NewGuid(), null, "4", "2025/012", "Conseil municipal", AssemblyKind.Council, new DateOnly(2025, 3, 1), 10_000m));

        var codes = grant.Check(beneficiary).Select(f => f.Code).ToList();

        Assert.Equal([SubsidyFindingCodes.ConventionRequired], codes);
    }
}
