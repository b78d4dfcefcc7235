using Subsidia.Data.Demo;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Domain.Tests.Subsidies;

public class PaymentScheduleTests
{
    private static readonly FrenchCalendar Calendar = FrenchCalendar.Metropolitan;

    private static GrantFile Cmq2024Notified()
    {
        var grant = GrandBesanconGrants.Cmq2024().Grant;
        grant.Notify(new DateOnly(2024, 12, 16));
        return grant;
    }

    private static GrantFile Pole2012Signed()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;
        grant.Convention!.Sign(new DateOnly(2012, 5, 21));
        grant.Notify(new DateOnly(2012, 5, 22));
        return grant;
    }

    [Fact]
    public void Order_AboveCeiling_RefusedNamingTheCeiling()
    {
        var grant = Cmq2024Notified();
        grant.Convention!.Sign(new DateOnly(2024, 12, 20));

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[0].Id, 25_000m, new DateOnly(2025, 1, 10), Calendar);

        Assert.False(decision.Accepted);
        Assert.Contains("plafond de " + French.Money(20_000m), decision.Message, StringComparison.Ordinal);
        Assert.Empty(grant.Schedule.Orders);
    }

    [Fact]
    public void Order_BeforeSignature_RefusedNamingTheMissingSignature()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[0].Id, 7_500m, new DateOnly(2012, 6, 1), Calendar);

        Assert.False(decision.Accepted);
        Assert.Contains("il manque la signature de la convention", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_InterimInstalmentWithoutReports_RefusedListingTheMissingReports()
    {
        var grant = Pole2012Signed();

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[1].Id, 4_500m, new DateOnly(2012, 9, 1), Calendar);

        Assert.False(decision.Accepted);
        Assert.Contains("le compte rendu financier intermédiaire et le bilan intermédiaire d'activité", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_SignatureInstalmentAfterSignature_Accepted()
    {
        var grant = Pole2012Signed();

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[0].Id, 7_500m, new DateOnly(2012, 6, 1), Calendar);

        Assert.True(decision.Accepted);
        Assert.Equal(7_500m, grant.Schedule.TotalOrdered);
    }

    [Fact]
    public void Order_MoreThanTheInstalment_Refused()
    {
        var grant = Pole2012Signed();

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[0].Id, 8_000m, new DateOnly(2012, 6, 1), Calendar);

        Assert.False(decision.Accepted);
        Assert.Contains(French.Money(7_500m), decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_BalanceWhenOptionalInstalmentSkipped_AllowsTheWholeRemainder()
    {
        var grant = Pole2012Signed();
        var schedule = grant.Schedule!;
        grant.OrderPayment(schedule.Instalments[0].Id, 7_500m, new DateOnly(2012, 6, 1), Calendar);
        grant.ReceiveDocument(DocumentKind.WrittenPaymentRequest, new DateOnly(2013, 2, 1));
        grant.ReceiveDocument(DocumentKind.FinalFinancialReport, new DateOnly(2013, 2, 1));
        grant.ReceiveDocument(DocumentKind.FinalActivityReport, new DateOnly(2013, 2, 1));

        var decision = grant.OrderPayment(schedule.Instalments[2].Id, 7_500m, new DateOnly(2013, 2, 15), Calendar);

        Assert.True(decision.Accepted);
        Assert.Equal(15_000m, schedule.TotalOrdered);
    }

    [Fact]
    public void IsLapsedOn_DeadlineDayWithoutRequest_NotYetLapsed()
    {
        var grant = Cmq2024Notified();

        Assert.False(grant.Schedule!.IsLapsedOn(new DateOnly(2025, 2, 17), grant.PaymentContext(Calendar)));
    }

    [Fact]
    public void IsLapsedOn_DayAfterDeadlineWithoutRequest_RemainderLapses()
    {
        var grant = Cmq2024Notified();
        var context = grant.PaymentContext(Calendar);

        Assert.Equal(new DateOnly(2025, 2, 18), grant.Schedule!.LapsesOn(context));
        Assert.True(grant.Schedule.IsLapsedOn(new DateOnly(2025, 2, 18), context));
        Assert.Equal(20_000m, grant.Schedule.LapsedAmount(new DateOnly(2025, 2, 18), context));
    }

    [Fact]
    public void IsLapsedOn_RequestReceivedOnTheDeadline_DoesNotLapse()
    {
        var grant = Cmq2024Notified();
        grant.ReceiveDocument(DocumentKind.WrittenPaymentRequest, new DateOnly(2025, 2, 17));

        Assert.False(grant.Schedule!.IsLapsedOn(new DateOnly(2025, 3, 1), grant.PaymentContext(Calendar)));
    }

    [Fact]
    public void Order_AfterLapse_RefusedAsCaduque()
    {
        var grant = Cmq2024Notified();
        grant.Convention!.Sign(new DateOnly(2024, 12, 20));

        var decision = grant.OrderPayment(grant.Schedule!.Instalments[0].Id, 20_000m, new DateOnly(2025, 2, 18), Calendar);

        Assert.False(decision.Accepted);
        Assert.Contains("caduque depuis le 18/02/2025", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateOf_InstalmentAfterLapse_Lapsed()
    {
        var grant = Cmq2024Notified();
        var schedule = grant.Schedule!;

        Assert.Equal(InstalmentState.Lapsed, schedule.StateOf(schedule.Instalments[0], new DateOnly(2025, 2, 18), grant.PaymentContext(Calendar)));
    }

    [Fact]
    public void StateOn_PaymentRequestMissedDayAfterDeadline_Lapsed()
    {
        var obligation = Cmq2024Notified().Obligations(Calendar).Single(o => o.Kind == ObligationKind.PaymentRequest);

        Assert.Equal(ObligationState.Due, obligation.StateOn(new DateOnly(2025, 2, 17)));
        Assert.Equal(ObligationState.Lapsed, obligation.StateOn(new DateOnly(2025, 2, 18)));
    }

    [Fact]
    public void ForActualCosts_Cmq2024Spent30000Of35900_Repays3286Point91()
    {
        var grant = Cmq2024Notified();
        var planned = grant.Budget!.Total;

        var settlement = Repayments.ForActualCosts(grant.AmountGranted!.Value, planned, 30_000m, alreadyPaid: 20_000m);

        Assert.Equal(16_713.09m, settlement.Entitlement);
        Assert.Equal(3_286.91m, settlement.Repayment);
        Assert.Equal(0m, settlement.BalanceDue);
    }

    [Fact]
    public void ForActualCosts_Pole2012At90PercentAfter12000Paid_ProratedBalance1500()
    {
        var grant = GrandBesanconGrants.Pole2012().Grant;
        var planned = grant.Budget!.Total;

        var settlement = Repayments.ForActualCosts(grant.AmountGranted!.Value, planned, planned * 0.9m, alreadyPaid: 12_000m);

        Assert.Equal(13_500m, settlement.Entitlement);
        Assert.Equal(1_500m, settlement.BalanceDue);
        Assert.Equal(0m, settlement.Repayment);
    }

    [Fact]
    public void ForActualCosts_HigherActualCosts_GrantStaysAtCeiling()
    {
        var settlement = Repayments.ForActualCosts(15_000m, 517_000m, 600_000m, alreadyPaid: 12_000m);

        Assert.Equal(15_000m, settlement.Entitlement);
        Assert.Equal(3_000m, settlement.BalanceDue);
    }

    [Fact]
    public void ForBrokenCondition_HalfClaimedBack_RepaysHalfOfWhatWasPaid()
    {
        var settlement = Repayments.ForBrokenCondition(15_000m, 7_500m, 0.5m, "rapport final non produit");

        Assert.Equal(3_750m, settlement.Repayment);
    }

    [Fact]
    public void ForRepublicanCommitmentBreach_HalfwayThroughThePeriod_WithdrawsTheRemainingPart()
    {
        // 1 Jan to 10 Jan (10 days); breach on the 6th: 5 days remained.
        var settlement = Repayments.ForRepublicanCommitmentBreach(10_000m, 10_000m, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 6));

        Assert.Equal(5_000m, settlement.Entitlement);
        Assert.Equal(5_000m, settlement.Repayment);
    }

    [Fact]
    public void IssueRecovery_AfterLowerCosts_ReducesNetPaid()
    {
        var grant = Cmq2024Notified();
        grant.Convention!.Sign(new DateOnly(2024, 12, 20));
        grant.ReceiveDocument(DocumentKind.WrittenPaymentRequest, new DateOnly(2025, 1, 5));
        var schedule = grant.Schedule!;
        grant.OrderPayment(schedule.Instalments[0].Id, 20_000m, new DateOnly(2025, 1, 10), Calendar);
        var settlement = Repayments.ForActualCosts(20_000m, grant.Budget!.Total, 30_000m, schedule.NetPaid);

        schedule.IssueRecovery(settlement.Repayment, new DateOnly(2025, 12, 15), RecoveryBasis.LowerActualCosts, settlement.Explanation);

        Assert.Equal(16_713.09m, schedule.NetPaid);
    }

    [Fact]
    public void IssueRecovery_MoreThanPaid_Throws()
    {
        var schedule = GrandBesanconGrants.Cmq2024().Grant.Schedule!;

        Assert.Throws<InvalidOperationException>(() =>
            schedule.IssueRecovery(1_000m, new DateOnly(2025, 12, 15), RecoveryBasis.ConditionBroken, "aucun versement"));
    }

    [Fact]
    public void AddShare_BeyondTheCeiling_Throws()
    {
        var schedule = new PaymentSchedule(Guid.NewGuid(), 10_000m);
        schedule.AddShare("80 %", 0.8m, PaymentCondition.Signature);

        Assert.Throws<InvalidOperationException>(() => schedule.AddShare("30 %", 0.3m, PaymentCondition.InterimReports));
    }

    [Fact]
    public void StateOf_OptionalInstalmentAfterBalanceOrdered_Skipped()
    {
        var grant = Pole2012Signed();
        var schedule = grant.Schedule!;
        grant.OrderPayment(schedule.Instalments[0].Id, 7_500m, new DateOnly(2012, 6, 1), Calendar);
        grant.ReceiveDocument(DocumentKind.WrittenPaymentRequest, new DateOnly(2013, 2, 1));
        grant.ReceiveDocument(DocumentKind.FinalFinancialReport, new DateOnly(2013, 2, 1));
        grant.ReceiveDocument(DocumentKind.FinalActivityReport, new DateOnly(2013, 2, 1));
        grant.OrderPayment(schedule.Instalments[2].Id, 7_500m, new DateOnly(2013, 2, 15), Calendar);

        var state = schedule.StateOf(schedule.Instalments[1], new DateOnly(2013, 3, 1), grant.PaymentContext(Calendar));

        Assert.Equal(InstalmentState.Skipped, state);
    }

    [Fact]
    public void StateOf_SignatureInstalmentOnceSigned_Payable()
    {
        var grant = Pole2012Signed();
        var schedule = grant.Schedule!;

        Assert.Equal(InstalmentState.Payable, schedule.StateOf(schedule.Instalments[0], new DateOnly(2012, 6, 1), grant.PaymentContext(Calendar)));
    }

    [Fact]
    public void OrderPayment_ConventionRequiredButUnsigned_RefusedCitingTheThreshold()
    {
        var seed = GrandBesanconGrants.Cmq2024();
        seed.Grant.Notify(new DateOnly(2024, 12, 16));
        var requirement = Domain.Subsidies.Rules.ConventionThreshold.Evaluate(seed.Beneficiary, GrandBesanconSeeds.AuthorityId, 2024, 5_000m);

        var decision = seed.Grant.OrderPayment(seed.Grant.Schedule!.Instalments[0].Id, 20_000m, new DateOnly(2025, 1, 10), Calendar, requirement);

        Assert.False(decision.Accepted);
        Assert.Contains(French.Money(23_000m), decision.Message, StringComparison.Ordinal);
    }
}
