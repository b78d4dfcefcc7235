using Subsidia.Data.Demo;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;
using Subsidia.Domain.Subsidies.Rules;

namespace Subsidia.Domain.Tests.Subsidies;

public class SeedGrant2024Tests
{
    private static readonly FrenchCalendar Calendar = FrenchCalendar.Metropolitan;

    private static IReadOnlyList<Obligation> NotifiedObligations()
    {
        var grant = GrandBesanconGrants.Cmq2024().Grant;
        grant.Notify(new DateOnly(2024, 12, 16));
        return grant.Obligations(Calendar);
    }

    [Fact]
    public void Schedule_Cmq2024_20000AtSignature()
    {
        var schedule = GrandBesanconGrants.Cmq2024().Grant.Schedule!;

        var instalment = Assert.Single(schedule.Instalments);

        Assert.Equal(20_000m, schedule.PlannedAmount(instalment));
        Assert.Equal(PaymentCondition.Signature, instalment.Condition);
    }

    [Fact]
    public void Budget_Cmq2024_35900Balanced()
    {
        var seed = GrandBesanconGrants.Cmq2024();
        var budget = seed.Grant.Budget!;

        Assert.Equal(35_900m, budget.Total);
        Assert.Equal(35_900m, budget.RevenueTotal);
        Assert.DoesNotContain(budget.Check(seed.Grant.AmountGranted!.Value), f => f.Code is SubsidyFindingCodes.BudgetUnbalanced or FindingCodes.AmountSumMismatch);
    }

    [Fact]
    public void GrantingAuthorityShare_Cmq2024_55Point7Percent()
    {
        var budget = GrandBesanconGrants.Cmq2024().Grant.Budget!;

        Assert.Equal(20_000m, budget.GrantingAuthorityRevenue);
        Assert.Equal(55.7m, ForecastBudget.ToPercent(budget.GrantingAuthorityShare));
    }

    [Fact]
    public void Obligations_NotifiedOn16Dec2024_PaymentRequestByMonday17Feb2025()
    {
        var obligation = NotifiedObligations().Single(o => o.Kind == ObligationKind.PaymentRequest);

        Assert.Equal(new DateOnly(2025, 2, 17), obligation.DueOn);
        Assert.True(obligation.LapsesWhenMissed);
        Assert.Equal("Convention, article 4", obligation.Source);
    }

    [Fact]
    public void Obligations_Cmq2024_InterimReviewInJuly2025()
    {
        var obligation = NotifiedObligations().Single(o => o.Kind == ObligationKind.InterimReview);

        Assert.Equal(new DateOnly(2025, 7, 1), obligation.OpensOn);
        Assert.Equal(new DateOnly(2025, 7, 31), obligation.DueOn);
        Assert.Equal(ObligationState.Upcoming, obligation.StateOn(new DateOnly(2025, 6, 30)));
        Assert.Equal(ObligationState.Due, obligation.StateOn(new DateOnly(2025, 7, 15)));
    }

    [Fact]
    public void Obligations_Cmq2024_FinalReportsBy15Nov2025()
    {
        var obligation = NotifiedObligations().Single(o => o.Kind == ObligationKind.FinalReports);

        Assert.Equal(new DateOnly(2025, 11, 15), obligation.DueOn);
        Assert.Equal(ObligationState.Late, obligation.StateOn(new DateOnly(2025, 11, 16)));
    }

    [Fact]
    public void Obligations_Cmq2024_ConventionEnds31Dec2025()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), NotifiedObligations().Single(o => o.Kind == ObligationKind.ConventionEnd).DueOn);
    }

    [Fact]
    public void Obligations_Cmq2024_DocumentsKeptUntil2035()
    {
        var obligation = NotifiedObligations().Single(o => o.Kind == ObligationKind.DocumentRetention);

        Assert.Equal(new DateOnly(2035, 12, 31), obligation.DueOn);
        Assert.Equal(ObligationState.Due, obligation.StateOn(new DateOnly(2030, 1, 1)));
        Assert.Equal(ObligationState.Met, obligation.StateOn(new DateOnly(2036, 1, 1)));
    }

    [Fact]
    public void Obligations_Cmq2024_AppealUntilThursday13Feb2025()
    {
        Assert.Equal(new DateOnly(2025, 2, 13), NotifiedObligations().Single(o => o.Kind == ObligationKind.AppealDeadline).DueOn);
    }

    [Fact]
    public void Obligations_Cmq2024Of20000_NoOpenDataDuty()
    {
        Assert.DoesNotContain(NotifiedObligations(), o => o.Kind == ObligationKind.OpenDataPublication);
    }

    [Fact]
    public void History_Cmq2024_9000Then19800Then20000()
    {
        var beneficiary = GrandBesanconGrants.Cmq2024().Beneficiary;

        var totals = beneficiary.YearlyTotals(GrandBesanconSeeds.AuthorityId);

        Assert.Equal([(2022, 9_000m), (2023, 19_800m), (2024, 20_000m)], totals);
    }

    [Fact]
    public void ConventionThreshold_Cmq2024_NotTriggered()
    {
        var beneficiary = GrandBesanconGrants.Cmq2024().Beneficiary;

        var requirement = ConventionThreshold.Evaluate(beneficiary, GrandBesanconSeeds.AuthorityId, 2024);

        Assert.Equal(20_000m, requirement.YearlyTotal);
        Assert.False(requirement.Required);
    }

    [Fact]
    public void ConventionThreshold_OneMore5000GrantIn2024_Triggered()
    {
        var beneficiary = GrandBesanconGrants.Cmq2024().Beneficiary;

        var requirement = ConventionThreshold.Evaluate(beneficiary, GrandBesanconSeeds.AuthorityId, 2024, additionalAmount: 5_000m);

        Assert.Equal(25_000m, requirement.YearlyTotal);
        Assert.True(requirement.Required);
        Assert.Contains("23", requirement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Cmq2024_FlagsTheCitedCouncilAndThreeActionsAnnouncedForFour()
    {
        var seed = GrandBesanconGrants.Cmq2024();

        var codes = seed.Grant.Check(seed.Beneficiary).Select(f => f.Code).ToList();

        Assert.Contains(FindingCodes.BodyMismatch, codes);
        Assert.Contains(FindingCodes.StatedCountMismatch, codes);
    }

    [Fact]
    public void Check_Cmq2024_RepublicanCommitmentNotRecordedIsAWarning()
    {
        var seed = GrandBesanconGrants.Cmq2024();

        var finding = seed.Grant.Check(seed.Beneficiary).Single(f => f.Code == SubsidyFindingCodes.RepublicanCommitmentMissing);

        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Programme_Cmq2024_FourActionsWithTheirBudgets()
    {
        var programme = GrandBesanconGrants.Cmq2024().Grant.Programme!;

        Assert.Equal([4_000m, 7_000m, 6_000m, 3_000m], programme.Actions.Select(a => a.Budget).ToList());
    }

    [Fact]
    public void Envelope_EnseignementSuperieur_548820With20000Charged()
    {
        var seed = GrandBesanconGrants.Cmq2024();

        Assert.Equal(548_820m, seed.Envelope.Amount);
        Assert.Equal(20_000m, seed.Envelope.Committed);
        Assert.Equal(528_820m, seed.Envelope.Available);
    }

    [Fact]
    public void Decision_Cmq2024_LinkedToReport10OfTheBureauSitting()
    {
        var seed = GrandBesanconGrants.Cmq2024();

        Assert.Equal(seed.Decision.Sitting.Id, seed.Grant.Decision!.SittingId);
        Assert.Equal(seed.Decision.Sitting.Items.Single(i => i.Number == "10").Id, seed.Grant.Decision.AgendaItemId);
        Assert.Equal("Bureau", seed.Grant.Decision.DecidingBody);
    }
}
