using Subsidia.Data.Demo;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;

namespace Subsidia.Domain.Tests.Subsidies;

public class ObligationScheduleTests
{
    private static readonly FrenchCalendar Calendar = FrenchCalendar.Metropolitan;

    private static GrantFile[] BothSeeds()
    {
        var cmq = GrandBesanconGrants.Cmq2024().Grant;
        cmq.Notify(new DateOnly(2024, 12, 16));
        return [GrandBesanconGrants.Pole2012().Grant, cmq];
    }

    [Fact]
    public void Outstanding_On1Aug2025WithoutInterimReview_InterimReviewLate()
    {
        var outstanding = ObligationSchedule.Outstanding(BothSeeds(), new DateOnly(2025, 8, 1), Calendar);

        Assert.Contains(outstanding, s => s.Obligation.Kind == ObligationKind.InterimReview && s.State == ObligationState.Late);
    }

    [Fact]
    public void Outstanding_On1Aug2025WithoutPaymentRequest_RequestLapsed()
    {
        var outstanding = ObligationSchedule.Outstanding(BothSeeds(), new DateOnly(2025, 8, 1), Calendar);

        Assert.Contains(outstanding, s => s.Obligation.Kind == ObligationKind.PaymentRequest && s.State == ObligationState.Lapsed);
    }

    [Fact]
    public void Outstanding_On1Aug2025_FinalReportsNotYetListed()
    {
        var outstanding = ObligationSchedule.Outstanding(BothSeeds(), new DateOnly(2025, 8, 1), Calendar);

        Assert.DoesNotContain(outstanding, s => s.Obligation.Kind == ObligationKind.FinalReports);
    }

    [Fact]
    public void StateOn_FinalReportsReceived_Met()
    {
        var grant = BothSeeds()[1];
        grant.ReceiveDocument(DocumentKind.FinalFinancialReport, new DateOnly(2025, 11, 10));
        grant.ReceiveDocument(DocumentKind.FinalActivityReport, new DateOnly(2025, 11, 12));

        var obligation = grant.Obligations(Calendar).Single(o => o.Kind == ObligationKind.FinalReports);

        Assert.Equal(new DateOnly(2025, 11, 12), obligation.MetOn);
        Assert.Equal(ObligationState.Met, obligation.StateOn(new DateOnly(2025, 11, 20)));
    }

    [Fact]
    public void For_SignedConventionAbove23000_OpenDataThreeMonthsAfterSignature()
    {
        var grant = GrandBesanconGrants.Cmq2024().Grant;
        grant.Convention!.Sign(new DateOnly(2024, 12, 20));

        var obligations = grant.Obligations(Calendar, ObligationOptions.Default with { OpenDataThreshold = 10_000m });

        // 20/03/2025 is a Thursday.
        Assert.Equal(new DateOnly(2025, 3, 20), obligations.Single(o => o.Kind == ObligationKind.OpenDataPublication).DueOn);
    }

    [Fact]
    public void Id_SameGrantComputedTwice_Stable()
    {
        var first = GrandBesanconGrants.Cmq2024().Grant.Obligations(Calendar).Select(o => o.Id);
        var second = GrandBesanconGrants.Cmq2024().Grant.Obligations(Calendar).Select(o => o.Id);

        Assert.Equal(first, second);
    }
}
