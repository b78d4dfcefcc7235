using System.Linq.Expressions;
using Subsidia.Domain.Subsidies.Obligations;

namespace Subsidia.Data.Obligations;

/// <summary>
/// One obligation of a grant file as <see cref="ObligationSchedule"/> computed it, stored so that the lists of every
/// grant's obligations are read by due date instead of recomputed (docs/decisions/0013). Derived data: the context
/// rewrites a grant's rows whenever the grant file or one of its parts changes.
/// </summary>
public sealed class StoredObligation
{
    /// <summary>The version of the obligation rules the rows were computed with; raise it when
    /// <see cref="ObligationSchedule"/> changes so that every grant is recomputed at the next start.</summary>
    public const int RulesVersion = 1;

    private StoredObligation() { Label = ""; Source = ""; BeneficiaryName = ""; }

    public StoredObligation(Obligation obligation, int position, string beneficiaryName)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        GrantFileId = obligation.GrantFileId;
        Position = position;
        Kind = obligation.Kind;
        Label = obligation.Label;
        OpensOn = obligation.OpensOn;
        DueOn = obligation.DueOn;
        Source = obligation.Source;
        Discharge = obligation.Discharge;
        LapsesWhenMissed = obligation.LapsesWhenMissed;
        MetOn = obligation.MetOn;
        PendingReason = obligation.PendingReason;
        BeneficiaryName = beneficiaryName;
    }

    public Guid GrantFileId { get; private set; }
    /// <summary>Its rank in the grant's list as the domain orders it.</summary>
    public int Position { get; private set; }
    public ObligationKind Kind { get; private set; }
    public string Label { get; private set; }
    public DateOnly? OpensOn { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public string Source { get; private set; }
    public Discharge Discharge { get; private set; }
    public bool LapsesWhenMissed { get; private set; }
    public DateOnly? MetOn { get; private set; }
    public string? PendingReason { get; private set; }
    /// <summary>The beneficiary's name, copied for sorting by (due date, beneficiary) on an index; rewritten when the
    /// beneficiary is renamed.</summary>
    public string BeneficiaryName { get; private set; }

    /// <summary>The domain obligation back, whose <see cref="Obligation.StateOn"/> gives the state on a date.</summary>
    public Obligation ToObligation() =>
        new(GrantFileId, Kind, Label, OpensOn, DueOn, Source, Discharge, LapsesWhenMissed, MetOn, PendingReason);

    /// <summary>
    /// <see cref="Obligation.StateOn"/> as SQL predicates, so that the database picks the rows of a state on a date.
    /// They state the same rule as the domain (held equal by ObligationStoreTests over every state and many dates).
    /// </summary>
    public static class States
    {
        /// <summary>Due, late or lapsed on <paramref name="on"/>: what is outstanding.</summary>
        public static Expression<Func<StoredObligation, bool>> Outstanding(DateOnly on) => o => o.DueOn != null
            && ((o.DueOn >= on && (o.OpensOn == null || o.OpensOn <= on) && (o.Discharge == Discharge.ByTime || o.MetOn == null || o.MetOn > on))
                || (o.Discharge == Discharge.ByAction && o.DueOn < on
                    && ((o.LapsesWhenMissed && (o.MetOn == null || o.MetOn > o.DueOn)) || o.MetOn == null || o.MetOn > on)));

        /// <summary>Upcoming or due on <paramref name="on"/>: not met, not missed yet.</summary>
        public static Expression<Func<StoredObligation, bool>> Open(DateOnly on) => o => o.DueOn == null
            || (o.Discharge == Discharge.ByTime && (o.DueOn >= on || o.OpensOn > on))
            || (o.Discharge == Discharge.ByAction && o.DueOn >= on && (o.MetOn == null || o.MetOn > on));

        /// <summary>Past its due date, not fulfilled, and the right attached to it is not lost.</summary>
        public static Expression<Func<StoredObligation, bool>> Late(DateOnly on) => o => o.Discharge == Discharge.ByAction && o.DueOn < on
            && !(o.LapsesWhenMissed && (o.MetOn == null || o.MetOn > o.DueOn)) && (o.MetOn == null || o.MetOn > on);

        /// <summary>Missed, and the grant's remainder lapsed.</summary>
        public static Expression<Func<StoredObligation, bool>> Lapsed(DateOnly on) => o => o.Discharge == Discharge.ByAction && o.DueOn < on
            && o.LapsesWhenMissed && (o.MetOn == null || o.MetOn > o.DueOn);
    }
}

/// <summary>Which version of the rules a grant's stored obligations were computed with (also for grants that have none).</summary>
public sealed class ObligationStamp
{
    public ObligationStamp(Guid grantFileId, int version)
    {
        GrantFileId = grantFileId;
        Version = version;
    }

    public Guid GrantFileId { get; private set; }
    public int Version { get; private set; }
}
