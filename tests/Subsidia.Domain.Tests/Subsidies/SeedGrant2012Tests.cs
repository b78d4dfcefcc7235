using Subsidia.Data.Demo;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Domain.Tests.Subsidies;

public class SeedGrant2012Tests
{
    private static readonly FrenchCalendar Calendar = FrenchCalendar.Metropolitan;

    [Fact]
    public void Schedule_Pole2012_Instalments7500Optional4500Balance3000()
    {
        var schedule = GrandBesanconGrants.Pole2012().Grant.Schedule!;

        var planned = schedule.Instalments.Select(schedule.PlannedAmount).ToList();

        Assert.Equal([7_500m, 4_500m, 3_000m], planned);
        Assert.Equal([false, true, false], schedule.Instalments.Select(i => i.Optional).ToList());
        Assert.Equal([PaymentCondition.Signature, PaymentCondition.InterimReports, PaymentCondition.FinalReports],
            schedule.Instalments.Select(i => i.Condition).ToList());
    }

    [Fact]
    public void RequestDeadline_NotifiedThursday17May2012_TwoYearsLaterMovedToMonday19May2014()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;
        grant.Notify(new DateOnly(2012, 5, 17));

        var deadline = grant.Schedule!.RequestDeadline(grant.PaymentContext(Calendar));

        // 17 May 2014 is a Saturday.
        Assert.Equal(new DateOnly(2014, 5, 19), deadline);
    }

    [Fact]
    public void Sections_ReadAsTrees_Total446000And71000()
    {
        var budget = GrandBesanconGrants.Pole2012().Grant.Budget!;

        Assert.Equal(446_000m, budget.Sections[0].ExpenseTotal);
        Assert.Equal(446_000m, budget.Sections[0].RevenueTotal);
        Assert.Equal(71_000m, budget.Sections[1].ExpenseTotal);
        Assert.Equal(71_000m, budget.Sections[1].RevenueTotal);
    }

    [Fact]
    public void Check_Budget2012ReadAsTree_NoAmountSumMismatch()
    {
        var seed = GrandBesanconGrants.Pole2012();

        var findings = seed.Grant.Budget!.Check(seed.Grant.AmountGranted!.Value);

        Assert.DoesNotContain(findings, f => f.Code == FindingCodes.AmountSumMismatch);
        Assert.Empty(findings);
    }

    [Fact]
    public void FlatExpenseSum_ActionCollective_Shows483500()
    {
        var section = GrandBesanconGrants.Pole2012().Grant.Budget!.Sections[0];

        Assert.Equal(483_500m, section.FlatExpenseSum);
        Assert.Equal(37_500m, section.Expenses.Single(l => l.HasChildren).ChildrenSum);
    }

    [Fact]
    public void Total_Budget2012_517000()
    {
        var budget = GrandBesanconGrants.Pole2012().Grant.Budget!;

        Assert.Equal(517_000m, budget.Total);
        Assert.Equal(517_000m, budget.RevenueTotal);
    }

    [Fact]
    public void AuthorityLines_Budget2012_10740Plus4260EqualsTheGrant()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;
        var budget = grant.Budget!;

        var lines = budget.Sections.Select(s => s.GrantingAuthorityRevenue).ToList();

        Assert.Equal([10_740m, 4_260m], lines);
        Assert.Equal(15_000m, budget.GrantingAuthorityRevenue);
        Assert.Equal(grant.AmountGranted, budget.GrantingAuthorityRevenue);
    }

    [Fact]
    public void PublicShare_Budget2012_56Point9Percent()
    {
        var budget = GrandBesanconGrants.Pole2012().Grant.Budget!;

        Assert.Equal(294_000m, budget.PublicRevenue);
        Assert.Equal(56.9m, ForecastBudget.ToPercent(budget.PublicShare));
    }

    [Fact]
    public void Funders_ActionCollective_EightPublicCoFunders()
    {
        var section = GrandBesanconGrants.Pole2012().Grant.Budget!.Sections[0];

        var publicAid = section.Revenues.Single(l => l.Funder == FunderKind.Public);

        Assert.Equal(8, publicAid.Children.Count);
        Assert.Equal(223_000m, section.RevenueFrom(FunderKind.Public));
        Assert.Equal(223_000m, section.RevenueFrom(FunderKind.Own));
    }

    [Fact]
    public void InKind_Budget2012_ValorisedTimeOnExpenseSideCoveredByMixedOwnFunding()
    {
        var budget = GrandBesanconGrants.Pole2012().Grant.Budget!;

        Assert.Equal(40_000m, budget.InKindExpenses);
        Assert.Equal(223_000m, budget.MixedRevenues);
    }

    [Fact]
    public void Envelope_SoutienCompetitivite_360000With15000Charged()
    {
        var seed = GrandBesanconGrants.Pole2012();

        Assert.Equal("PPIF 2012-2016 « Soutien compétitivité »", seed.Programme.Label);
        Assert.Equal("BP 2012", seed.Envelope.BudgetLabel);
        Assert.Equal(360_000m, seed.Envelope.Amount);
        Assert.Equal(15_000m, seed.Envelope.Committed);
        Assert.Equal(345_000m, seed.Envelope.Available);
        Assert.Equal(seed.Envelope.Id, seed.Grant.EnvelopeId);
    }

    [Fact]
    public void Programme_Pole2012_NineObjectivesWithActionsDeliverablesAndIndicators()
    {
        var programme = GrandBesanconGrants.Pole2012().Grant.Programme!;

        Assert.Equal(9, programme.Objectives.Count);
        Assert.All(programme.Objectives, o =>
        {
            Assert.NotEmpty(o.Actions);
            Assert.NotEmpty(o.Deliverables);
            Assert.NotEmpty(o.Indicators);
        });
        Assert.Equal(11, programme.TerritorialIndicators.Count);
    }

    [Fact]
    public void Decision_Pole2012_LinkedToReport36OfTheCouncilSitting()
    {
        var seed = GrandBesanconGrants.Pole2012();
        var item = seed.Decision.Sitting.Items.Single(i => i.Number == "3.6");

        var decision = seed.Grant.Decision!;

        Assert.Equal(seed.Decision.Sitting.Id, decision.SittingId);
        Assert.Equal(item.Id, decision.AgendaItemId);
        Assert.Equal("2012/001753", decision.ActNumber);
        Assert.Equal("Conseil de Communauté", decision.DecidingBody);
    }

    [Fact]
    public void Check_Pole2012_NoFinding()
    {
        var seed = GrandBesanconGrants.Pole2012();

        Assert.Empty(seed.Grant.Check(seed.Beneficiary));
    }

    [Fact]
    public void EntryIntoForce_Pole2012_PrefectureReceipt16May2012()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;

        Assert.Equal(new DateOnly(2012, 5, 16), grant.Convention!.EntryIntoForceOn(grant.Decision!.PrefectureReceivedOn, grant.NotifiedOn));
    }

    [Fact]
    public void Obligations_Pole2012_PrefectReferralUntilTuesday17July2012()
    {
        var obligations = GrandBesanconGrants.Pole2012().Grant.Obligations(Calendar);

        Assert.Equal(new DateOnly(2012, 7, 17), obligations.Single(o => o.Kind == ObligationKind.PrefectReferralDeadline).DueOn);
    }

    [Fact]
    public void Obligations_Pole2012_Cerfa15059DueOnMonday1July2013()
    {
        var obligations = GrandBesanconGrants.Pole2012().Grant.Obligations(Calendar);

        // 31/12/2012 + 6 months = Sunday 30/06/2013.
        Assert.Equal(new DateOnly(2013, 7, 1), obligations.Single(o => o.Kind == ObligationKind.FinancialReportCerfa15059).DueOn);
    }

    [Fact]
    public void Obligations_Pole2012NotNotified_PaymentRequestUndatedAndUpcoming()
    {
        var obligation = GrandBesanconGrants.Pole2012().Grant.Obligations(Calendar).Single(o => o.Kind == ObligationKind.PaymentRequest);

        Assert.Null(obligation.DueOn);
        Assert.NotNull(obligation.PendingReason);
        Assert.Equal(ObligationState.Upcoming, obligation.StateOn(new DateOnly(2013, 1, 1)));
    }

    [Fact]
    public void Convention_Pole2012_CeilingWithoutRedistribution()
    {
        var convention = GrandBesanconGrants.Pole2012().Grant.Convention!;

        Assert.True(convention.AmountIsCeiling);
        Assert.False(convention.RedistributionAllowed);
        Assert.Equal(15_000m, convention.Amount);
        Assert.Equal(10, convention.RetentionYears);
    }

    [Fact]
    public void Funders_Budget2012_EightPublicFundersTotalling294000WithCagbAt15000()
    {
        var funders = GrandBesanconGrants.Pole2012().Grant.Budget!.Funders();

        var publicFunders = funders.Where(f => f.Kind == FunderKind.Public).ToList();

        Assert.Equal(8, publicFunders.Count);
        Assert.Equal(294_000m, publicFunders.Sum(f => f.Amount));
        Assert.Equal(146_000m, publicFunders[0].Amount);
        Assert.Equal(15_000m, publicFunders.Single(f => f.IsGrantingAuthority).Amount);
    }
}
