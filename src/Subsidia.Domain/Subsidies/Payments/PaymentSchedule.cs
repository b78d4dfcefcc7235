using Subsidia.Domain.Common;

namespace Subsidia.Domain.Subsidies.Payments;

/// <summary>Where an instalment stands on a date.</summary>
public enum InstalmentState
{
    /// <summary>Its condition is not met yet.</summary>
    Waiting,
    /// <summary>Its condition is met and it is not (fully) paid.</summary>
    Payable,
    /// <summary>Ordered in full.</summary>
    Paid,
    /// <summary>The request deadline passed: what was not paid lapsed.</summary>
    Lapsed,
    /// <summary>Not used: an optional instalment passed over once the balance was ordered, or nothing left under the ceiling.</summary>
    Skipped,
}

/// <summary>
/// The payment schedule of a grant: instalments (tranches) with their share or amount and their condition, the ceiling,
/// the request deadline after which the remainder lapses, the payment orders (mandats) and recovery orders (titres).
/// </summary>
/// <remarks>
/// The amount granted is a ceiling "non révisable à la hausse" (S1 and S2 art. 3): Σ mandats ≤ ceiling.
/// Each instalment needs the documents the convention requires (R-37, R-38). "Faute de quoi elle sera réputée
/// caduque" (art. 4): with no written request by the deadline, the unpaid remainder lapses the next day.
/// The deadline is contractual, counted under R-32/R-35 ("à compter de la notification").
/// </remarks>
public sealed class PaymentSchedule
{
    private readonly List<Instalment> _instalments = [];
    private readonly List<PaymentOrder> _orders = [];
    private readonly List<RecoveryOrder> _recoveries = [];

    private PaymentSchedule() { }

    public PaymentSchedule(Guid id, decimal ceiling, int? requestDeadlineMonths = null, string? deadlineClause = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ceiling);
        if (requestDeadlineMonths is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(requestDeadlineMonths), "Le délai de demande doit être positif.");
        }

        Id = id;
        Ceiling = ceiling;
        RequestDeadlineMonths = requestDeadlineMonths;
        DeadlineClause = deadlineClause;
    }

    public Guid Id { get; private set; }
    /// <summary>The amount granted, a ceiling that cannot rise.</summary>
    public decimal Ceiling { get; private set; }
    /// <summary>Months from notification within which payment must be requested (S1: 24, S2: 2); null when none.</summary>
    public int? RequestDeadlineMonths { get; private set; }
    /// <summary>The clause that sets the deadline ("Article 4").</summary>
    public string? DeadlineClause { get; private set; }
    public IReadOnlyList<Instalment> Instalments => _instalments;
    public IReadOnlyList<PaymentOrder> Orders => _orders;
    public IReadOnlyList<RecoveryOrder> Recoveries => _recoveries;

    /// <summary>Adds an instalment of a share of the ceiling (0.5 for 50 %).</summary>
    public Instalment AddShare(string label, decimal share, PaymentCondition condition, bool optional = false)
    {
        if (share <= 0 || share > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(share), "Une part doit être comprise entre 0 et 100 %.");
        }

        return Add(new Instalment(Guid.NewGuid(), _instalments.Count + 1, label, share, null, false, condition, optional));
    }

    /// <summary>Adds an instalment of a fixed amount.</summary>
    public Instalment AddAmount(string label, decimal amount, PaymentCondition condition, bool optional = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        return Add(new Instalment(Guid.NewGuid(), _instalments.Count + 1, label, null, amount, false, condition, optional));
    }

    /// <summary>Adds the balance (solde): the ceiling minus the other instalments.</summary>
    public Instalment AddBalance(string label, PaymentCondition condition)
    {
        if (_instalments.Any(i => i.IsBalance))
        {
            throw new InvalidOperationException("L'échéancier a déjà un solde.");
        }

        return Add(new Instalment(Guid.NewGuid(), _instalments.Count + 1, label, null, null, true, condition, false));
    }

    /// <summary>
    /// The planned amount of an instalment: its share of the ceiling (rounded to the cent), its fixed amount, or for the
    /// balance the ceiling minus the other planned instalments (2012: 15 000 − 7 500 − 4 500 = 3 000 €).
    /// </summary>
    public decimal PlannedAmount(Instalment instalment)
    {
        ArgumentNullException.ThrowIfNull(instalment);
        if (instalment.IsBalance)
        {
            return Ceiling - _instalments.Where(i => !i.IsBalance).Sum(PlannedAmount);
        }

        return instalment.FixedAmount ?? Math.Round(Ceiling * instalment.Share!.Value, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Sum of the payment orders.</summary>
    public decimal TotalOrdered => _orders.Sum(o => o.Amount);

    /// <summary>Sum of the recovery orders.</summary>
    public decimal TotalRecovered => _recoveries.Sum(r => r.Amount);

    /// <summary>What the beneficiary keeps: ordered minus recovered.</summary>
    public decimal NetPaid => TotalOrdered - TotalRecovered;

    /// <summary>What may still be ordered under the ceiling.</summary>
    public decimal RemainingUnderCeiling => Ceiling - TotalOrdered;

    /// <summary>Sum of the orders on one instalment.</summary>
    public decimal OrderedOn(Instalment instalment) => _orders.Where(o => o.InstalmentId == instalment.Id).Sum(o => o.Amount);

    /// <summary>What an instalment still allows: its planned amount less its orders; for the balance, the ceiling less every order.</summary>
    public decimal OrderableOn(Instalment instalment)
    {
        ArgumentNullException.ThrowIfNull(instalment);
        return instalment.IsBalance ? RemainingUnderCeiling : Math.Min(RemainingUnderCeiling, PlannedAmount(instalment) - OrderedOn(instalment));
    }

    /// <summary>The last day to request payment: notification + <see cref="RequestDeadlineMonths"/>, R-32/R-35; null when unknown.</summary>
    public DateOnly? RequestDeadline(PaymentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RequestDeadlineMonths is { } months && context.NotifiedOn is { } notified
            ? context.Calendar.ContractualDeadline(notified, months)
            : null;
    }

    /// <summary>The day the remainder lapses if no request was received: the day after the deadline.</summary>
    public DateOnly? LapsesOn(PaymentContext context) => RequestDeadline(context)?.AddDays(1);

    /// <summary>True when on <paramref name="on"/> the deadline has passed with no written request received by it.</summary>
    public bool IsLapsedOn(DateOnly on, PaymentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RequestDeadline(context) is { } deadline && on > deadline && context.FirstRequestOnOrBefore(deadline) is null;
    }

    /// <summary>The amount that lapsed on <paramref name="on"/>: what remained unpaid under the ceiling (0 when nothing lapsed).</summary>
    public decimal LapsedAmount(DateOnly on, PaymentContext context) =>
        IsLapsedOn(on, context) ? RemainingUnderCeiling : 0m;

    /// <summary>The state of an instalment on a date.</summary>
    public InstalmentState StateOf(Instalment instalment, DateOnly on, PaymentContext context)
    {
        ArgumentNullException.ThrowIfNull(instalment);
        ArgumentNullException.ThrowIfNull(context);
        var ordered = _orders.Where(o => o.InstalmentId == instalment.Id && o.IssuedOn <= on).Sum(o => o.Amount);
        if (ordered > 0 && ordered >= PlannedAmount(instalment))
        {
            return InstalmentState.Paid;
        }

        var orderedInTotal = _orders.Where(o => o.IssuedOn <= on).Sum(o => o.Amount);
        var balanceOrdered = _orders.Any(o => o.IssuedOn <= on && _instalments.Any(i => i.IsBalance && i.Id == o.InstalmentId));
        if (orderedInTotal >= Ceiling || (instalment.Optional && balanceOrdered))
        {
            return ordered > 0 ? InstalmentState.Paid : InstalmentState.Skipped;
        }

        if (IsLapsedOn(on, context))
        {
            return InstalmentState.Lapsed;
        }

        return context.IsMet(instalment.Condition, on) ? InstalmentState.Payable : InstalmentState.Waiting;
    }

    /// <summary>
    /// Issues a payment order (mandat) on an instalment if the rules allow it, otherwise refuses it with a French
    /// explanation: the grant has lapsed, the ceiling would be exceeded, the instalment's condition is not met on
    /// <paramref name="on"/>, or the instalment does not allow that much.
    /// </summary>
    public PaymentDecision Order(Guid instalmentId, decimal amount, DateOnly on, PaymentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var instalment = _instalments.FirstOrDefault(i => i.Id == instalmentId)
            ?? throw new ArgumentException("Tranche inconnue dans cet échéancier.", nameof(instalmentId));
        if (amount <= 0)
        {
            return PaymentDecision.Refuse("Le montant d'un mandat doit être positif.");
        }

        if (IsLapsedOn(on, context))
        {
            return PaymentDecision.Refuse(
                $"Mandat refusé : la subvention est caduque depuis le {French.Date(LapsesOn(context)!.Value)}, faute de demande de versement reçue au plus tard le {French.Date(RequestDeadline(context)!.Value)} ; le reliquat de {French.Money(RemainingUnderCeiling)} n'est plus dû.");
        }

        if (TotalOrdered + amount > Ceiling)
        {
            return PaymentDecision.Refuse(
                $"Mandat refusé : {French.Money(amount)} porterait le total versé à {French.Money(TotalOrdered + amount)}, au-delà du plafond de {French.Money(Ceiling)}, non révisable à la hausse (déjà versé : {French.Money(TotalOrdered)}).");
        }

        var missing = context.Missing(instalment.Condition, on);
        if (missing.Count > 0)
        {
            return PaymentDecision.Refuse(
                $"Mandat refusé : la tranche « {instalment.Label} » est versée {PaymentContext.Describe(instalment.Condition)} ; au {French.Date(on)}, il manque {French.List(missing)}.");
        }

        var orderable = OrderableOn(instalment);
        if (amount > orderable)
        {
            return PaymentDecision.Refuse(
                $"Mandat refusé : la tranche « {instalment.Label} » ne permet plus que {French.Money(orderable)} (prévu : {French.Money(PlannedAmount(instalment))}, déjà mandaté : {French.Money(OrderedOn(instalment))}).");
        }

        var order = new PaymentOrder(Guid.NewGuid(), instalment.Id, amount, on);
        _orders.Add(order);
        return PaymentDecision.Accept(order,
            $"Mandat de {French.Money(amount)} accepté pour la tranche « {instalment.Label} » le {French.Date(on)} (total versé : {French.Money(TotalOrdered)} sur {French.Money(Ceiling)}).");
    }

    /// <summary>Issues a recovery order (titre de recette) for an amount computed by <see cref="Repayments"/>.</summary>
    /// <remarks>R-26 (CRPA L242-2; CGCT L1617-5): after a contradictory procedure, an enforceable titre de recette.</remarks>
    public RecoveryOrder IssueRecovery(decimal amount, DateOnly on, RecoveryBasis basis, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (amount > NetPaid)
        {
            throw new InvalidOperationException(
                $"On ne peut pas réclamer {French.Money(amount)} : le bénéficiaire n'a perçu que {French.Money(NetPaid)}.");
        }

        var recovery = new RecoveryOrder(Guid.NewGuid(), amount, on, basis, reason);
        _recoveries.Add(recovery);
        return recovery;
    }

    private Instalment Add(Instalment instalment)
    {
        var planned = _instalments.Where(i => !i.IsBalance).Sum(PlannedAmount)
            + (instalment.IsBalance ? 0 : instalment.FixedAmount ?? Math.Round(Ceiling * instalment.Share!.Value, 2, MidpointRounding.AwayFromZero));
        if (planned > Ceiling)
        {
            throw new InvalidOperationException(
                $"Les tranches prévues ({French.Money(planned)}) dépassent le plafond de {French.Money(Ceiling)}.");
        }

        _instalments.Add(instalment);
        return instalment;
    }
}

/// <summary>An instalment (tranche) of the schedule.</summary>
public sealed class Instalment
{
    private Instalment() { Label = ""; }

    internal Instalment(Guid id, int rank, string label, decimal? share, decimal? fixedAmount, bool isBalance, PaymentCondition condition, bool optional)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Id = id;
        Rank = rank;
        Label = label.Trim();
        Share = share;
        FixedAmount = fixedAmount;
        IsBalance = isBalance;
        Condition = condition;
        Optional = optional;
    }

    public Guid Id { get; private set; }
    public int Rank { get; private set; }
    /// <summary>"Avance de 50 % à la signature", "Acompte de 30 %", "Solde".</summary>
    public string Label { get; private set; }
    /// <summary>Share of the ceiling (0.5); null for a fixed amount or the balance.</summary>
    public decimal? Share { get; private set; }
    /// <summary>Fixed amount; null for a share or the balance.</summary>
    public decimal? FixedAmount { get; private set; }
    /// <summary>The balance (solde): the ceiling minus the other instalments.</summary>
    public bool IsBalance { get; private set; }
    public PaymentCondition Condition { get; private set; }
    /// <summary>"Le cas échéant": the beneficiary may skip it; what it would have paid then goes to the balance.</summary>
    public bool Optional { get; private set; }
}

/// <summary>A payment order (mandat de paiement).</summary>
public sealed class PaymentOrder
{
    private PaymentOrder() { }

    internal PaymentOrder(Guid id, Guid instalmentId, decimal amount, DateOnly issuedOn)
    {
        Id = id;
        InstalmentId = instalmentId;
        Amount = amount;
        IssuedOn = issuedOn;
    }

    public Guid Id { get; private set; }
    public Guid InstalmentId { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly IssuedOn { get; private set; }
}

/// <summary>The answer to a payment order: accepted with the order, or refused with the reason.</summary>
/// <param name="Accepted">True when the order was issued.</param>
/// <param name="Message">French explanation (the reason of a refusal).</param>
/// <param name="Order">The order issued, when accepted.</param>
public sealed record PaymentDecision(bool Accepted, string Message, PaymentOrder? Order)
{
    internal static PaymentDecision Accept(PaymentOrder order, string message) => new(true, message, order);

    internal static PaymentDecision Refuse(string message) => new(false, message, null);
}

/// <summary>Why money is claimed back.</summary>
public enum RecoveryBasis
{
    /// <summary>The action cost less than planned .</summary>
    LowerActualCosts,
    /// <summary>A condition of the grant was broken (R-26, art. 7).</summary>
    ConditionBroken,
    /// <summary>A breach of the contrat d'engagement républicain, prorated to the remaining period.</summary>
    RepublicanCommitmentBreach,
    /// <summary>The grant lapsed (art. 4, "réputée caduque … remboursement").</summary>
    Lapse,
}

/// <summary>A recovery order (titre de recette, reversement).</summary>
public sealed class RecoveryOrder
{
    private RecoveryOrder() { Reason = ""; }

    internal RecoveryOrder(Guid id, decimal amount, DateOnly issuedOn, RecoveryBasis basis, string reason)
    {
        Id = id;
        Amount = amount;
        IssuedOn = issuedOn;
        Basis = basis;
        Reason = reason;
    }

    public Guid Id { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public RecoveryBasis Basis { get; private set; }
    /// <summary>French statement of the reason.</summary>
    public string Reason { get; private set; }
}
