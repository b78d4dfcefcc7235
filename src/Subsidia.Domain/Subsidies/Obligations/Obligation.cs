namespace Subsidia.Domain.Subsidies.Obligations;

/// <summary>What a dated duty is.</summary>
public enum ObligationKind
{
    /// <summary>Request payment (or the balance) within the convention's deadline, or the remainder lapses.</summary>
    PaymentRequest,
    /// <summary>Interim review or interim reports (bilan intermédiaire).</summary>
    InterimReview,
    /// <summary>Final financial and activity reports.</summary>
    FinalReports,
    /// <summary>CERFA 15059 within six months of the end of the financial year .</summary>
    FinancialReportCerfa15059,
    /// <summary>Open-data publication of the essential data within three months of signature .</summary>
    OpenDataPublication,
    /// <summary>Supporting documents kept for the retention period.</summary>
    DocumentRetention,
    /// <summary>End of the convention.</summary>
    ConventionEnd,
    /// <summary>Last day to bring an appeal against the act, from its publication .</summary>
    AppealDeadline,
    /// <summary>Last day for the prefect to refer the act to the court, from its receipt (R-19, déféré préfectoral).</summary>
    PrefectReferralDeadline,
}

/// <summary>Where an obligation stands on a date.</summary>
public enum ObligationState
{
    /// <summary>Not open yet, or its trigger date is not known yet.</summary>
    Upcoming,
    /// <summary>Open and not past its due date (or, for a period, running).</summary>
    Due,
    /// <summary>Fulfilled (or, for a period, over).</summary>
    Met,
    /// <summary>Past its due date and not fulfilled.</summary>
    Late,
    /// <summary>Past its due date and not fulfilled, and the right attached to it is lost (the remainder lapsed).</summary>
    Lapsed,
}

/// <summary>How an obligation is discharged.</summary>
public enum Discharge
{
    /// <summary>By an act of the beneficiary or the authority (a document received, a publication).</summary>
    ByAction,
    /// <summary>By the passing of time (retention, end of convention, appeal period).</summary>
    ByTime,
}

/// <summary>
/// A dated duty of a grant, with the clause or the law it comes from, and its state on any date.
/// </summary>
/// <param name="GrantFileId">The grant file.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Label">French label.</param>
/// <param name="OpensOn">First day it can be done or starts running; null when open-ended.</param>
/// <param name="DueOn">Last day (inclusive); null when its trigger date is not known yet (see <paramref name="PendingReason"/>).</param>
/// <param name="Source">The clause or the law ("Convention, article 4", "CJA R421-1 (R-19)").</param>
/// <param name="Discharge">How it is discharged.</param>
/// <param name="LapsesWhenMissed">True when missing it makes the grant's remainder lapse.</param>
/// <param name="MetOn">The day it was fulfilled, when it was.</param>
/// <param name="PendingReason">Why <paramref name="DueOn"/> is unknown ("date de notification inconnue").</param>
public sealed record Obligation(Guid GrantFileId, ObligationKind Kind, string Label, DateOnly? OpensOn, DateOnly? DueOn, string Source,
    Discharge Discharge, bool LapsesWhenMissed, DateOnly? MetOn, string? PendingReason)
{
    /// <summary>A stable id (same grant, kind and label give the same id), for links and exports.</summary>
    public Guid Id => Common.StableId.For("obligation", GrantFileId.ToString(), Kind.ToString(), Label);

    /// <summary>
    /// The state on <paramref name="on"/>. Due dates are inclusive: on the due date itself the obligation is still
    /// due; it is late (or lapsed) from the next day.
    /// </summary>
    public ObligationState StateOn(DateOnly on)
    {
        if (DueOn is not { } due)
        {
            return ObligationState.Upcoming;
        }

        if (Discharge == Discharge.ByTime)
        {
            return OpensOn is { } start && on < start ? ObligationState.Upcoming
                : on <= due ? ObligationState.Due
                : ObligationState.Met;
        }

        if (LapsesWhenMissed && on > due && (MetOn is null || MetOn > due))
        {
            return ObligationState.Lapsed;
        }

        if (MetOn is { } met && met <= on)
        {
            return ObligationState.Met;
        }

        if (on > due)
        {
            return ObligationState.Late;
        }

        return OpensOn is { } opens && on < opens ? ObligationState.Upcoming : ObligationState.Due;
    }
}

/// <summary>Settings of the obligation schedule; the [NV] points of rules.md are here, not hard-coded.</summary>
/// <param name="ReminderMonths">For a duty with no opening date, how long before its due date it becomes "due".</param>
/// <param name="OpenDataThreshold">R-28 applies to conventions above this amount (décret 2017-779: 23 000 €).</param>
/// <param name="OpenDataFrom">R-28 applies to conventions signed from this date (01/08/2017).</param>
/// <param name="AppealMonths">R-19: two months.</param>
public sealed record ObligationOptions(int ReminderMonths, decimal OpenDataThreshold, DateOnly OpenDataFrom, int AppealMonths)
{
    /// <summary>One month of reminder, 23 000 €, 1 August 2017, two months.</summary>
    public static readonly ObligationOptions Default = new(1, Rules.ConventionThreshold.Amount, new DateOnly(2017, 8, 1), 2);
}

/// <summary>An obligation and its state on the date asked.</summary>
/// <param name="Obligation">The obligation.</param>
/// <param name="State">Its state on that date.</param>
public sealed record ObligationStatus(Obligation Obligation, ObligationState State);
