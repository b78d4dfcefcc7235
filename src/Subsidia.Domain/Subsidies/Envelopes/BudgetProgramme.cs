using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;

namespace Subsidia.Domain.Subsidies.Envelopes;

/// <summary>The budget document a credit is voted in.</summary>
public enum BudgetStage
{
    /// <summary>Budget primitif (BP).</summary>
    Primitive,
    /// <summary>Budget supplémentaire (BS).</summary>
    Supplementary,
    /// <summary>Décision modificative (DM).</summary>
    Amending,
}

/// <summary>The French names of the budget documents.</summary>
public static class BudgetStages
{
    /// <summary>The documents that amend credits already voted: BS and DM.</summary>
    public static IReadOnlyList<BudgetStage> Amendments { get; } = [BudgetStage.Supplementary, BudgetStage.Amending];

    /// <summary>"BP", "BS", "DM".</summary>
    public static string Abbreviation(BudgetStage stage) => stage switch
    {
        BudgetStage.Primitive => "BP",
        BudgetStage.Supplementary => "BS",
        _ => "DM",
    };

    /// <summary>"Budget primitif", "Budget supplémentaire", "Décision modificative".</summary>
    public static string Name(BudgetStage stage) => stage switch
    {
        BudgetStage.Primitive => "Budget primitif",
        BudgetStage.Supplementary => "Budget supplémentaire",
        _ => "Décision modificative",
    };
}

/// <summary>The kind of multi-year programme.</summary>
public enum ProgrammeKind
{
    /// <summary>Plan pluriannuel d'investissement et de fonctionnement (PPIF).</summary>
    Ppif,
    /// <summary>Autorisation de programme / crédits de paiement (AP/CP, CGCT L2311-3).</summary>
    ApCp,
    /// <summary>Autorisation d'engagement / crédits de paiement (AE/CP), for operating expenses.</summary>
    AeCp,
}

/// <summary>
/// A multi-year programme of the authority (PPIF 2012-2016 « Soutien compétitivité ») and its yearly envelopes.
/// </summary>
public sealed class BudgetProgramme
{
    private readonly List<Envelope> _envelopes = [];

    private BudgetProgramme() { Name = ""; }

    public BudgetProgramme(Guid id, Guid authorityId, string name, ProgrammeKind kind, int firstYear, int lastYear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (lastYear < firstYear)
        {
            throw new ArgumentException("Le programme se termine avant de commencer.", nameof(lastYear));
        }

        Id = id;
        AuthorityId = authorityId;
        Name = name.Trim();
        Kind = kind;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    /// <summary>« Soutien compétitivité », « Enseignement Supérieur ».</summary>
    public string Name { get; private set; }
    public ProgrammeKind Kind { get; private set; }
    public int FirstYear { get; private set; }
    public int LastYear { get; private set; }
    public IReadOnlyList<Envelope> Envelopes => _envelopes;

    /// <summary>"PPIF 2012-2016 « Soutien compétitivité »".</summary>
    public string Label => $"{KindLabel(Kind)} {FirstYear}-{LastYear} « {Name} »";

    /// <summary>Opens the envelope voted for <paramref name="year"/> in a budget document.</summary>
    public Envelope OpenEnvelope(Guid id, int year, BudgetStage stage, decimal amount)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"L'année {year} est hors de la période {FirstYear}-{LastYear} du programme.");
        }

        var envelope = new Envelope(id, Id, year, stage, amount);
        _envelopes.Add(envelope);
        return envelope;
    }

    private static string KindLabel(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Ppif => "PPIF",
        ProgrammeKind.ApCp => "AP/CP",
        _ => "AE/CP",
    };
}

/// <summary>
/// The credits of one year of a programme (360 000 € in BP 2012), the grants charged to it, what is paid, and what
/// remains available.
/// </summary>
/// <remarks>
/// R-37 (CGCT L2342-2): the accounting commitment reserves credits no later than the legal commitment, and
/// Σ mandats ≤ engagements ≤ crédits. Charging beyond the envelope is allowed only with a warning, so that a DM can follow.
/// </remarks>
public sealed class Envelope
{
    private readonly List<EnvelopeCharge> _charges = [];
    private readonly List<EnvelopeAmendment> _amendments = [];

    private Envelope() { }

    internal Envelope(Guid id, Guid programmeId, int year, BudgetStage stage, decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        Id = id;
        ProgrammeId = programmeId;
        Year = year;
        Stage = stage;
        Amount = amount;
    }

    public Guid Id { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The budget document the envelope was opened in; an amendment does not change it.</summary>
    public BudgetStage Stage { get; private set; }
    /// <summary>
    /// The credits: those voted when the envelope was opened ("Montant BP 2012 : 360 000 € (enveloppe totale)"), changed
    /// by each amendment.
    /// </summary>
    public decimal Amount { get; private set; }
    public IReadOnlyList<EnvelopeCharge> Charges => _charges;
    /// <summary>The changes of the credits voted in a BS or a DM (loaded in any order: see <see cref="EnvelopeAmendment.Rank"/>).</summary>
    public IReadOnlyList<EnvelopeAmendment> Amendments => _amendments;

    /// <summary>The credits voted when the envelope was opened, before any amendment.</summary>
    public decimal OpeningAmount => Amount - _amendments.Sum(a => a.Change);

    /// <summary>"BP 2012".</summary>
    public string BudgetLabel => BudgetStages.Abbreviation(Stage) + " " + Year;

    /// <summary>Sum of the amounts committed (grants charged, less what lapsed or was cancelled).</summary>
    public decimal Committed => _charges.Sum(c => c.Committed);

    /// <summary>Sum of the payments.</summary>
    public decimal Paid => _charges.Sum(c => c.Paid);

    /// <summary>Credits not yet committed (negative when overdrawn).</summary>
    public decimal Available => Amount - Committed;

    /// <summary>Longest reference of the deliberation an amendment may carry.</summary>
    public const int ReferenceMaxLength = 200;

    /// <summary>
    /// Changes the credits by <paramref name="change"/> (positive or negative), voted in a budget supplémentaire or a
    /// décision modificative. A decrease may not bring the credits below what is already committed (R-37: engagements ≤
    /// crédits); an increase is always allowed, even when it leaves an overdrawn envelope short.
    /// </summary>
    public EnvelopeAmendment Amend(Guid id, BudgetStage stage, decimal change, DateOnly on, string? reference)
    {
        if (stage == BudgetStage.Primitive)
        {
            throw new ArgumentException(
                "Le budget primitif ouvre l'enveloppe : ses crédits se modifient par un budget supplémentaire ou une décision modificative.", nameof(stage));
        }

        if (change == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(change), "La modification doit augmenter ou diminuer les crédits : indiquez un montant différent de zéro.");
        }

        var cleanReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (cleanReference?.Length > ReferenceMaxLength)
        {
            throw new ArgumentException($"La référence de la délibération dépasse {ReferenceMaxLength} caractères.", nameof(reference));
        }

        if (change < 0 && Amount + change < Committed)
        {
            var why = Committed > 0
                ? $"les ramènerait à {French.Money(Amount + change)}, sous les {French.Money(Committed)} déjà engagés sur l'enveloppe {BudgetLabel}"
                : $"les rendrait négatifs ({French.Money(Amount + change)})";
            var limit = Available > 0
                ? $"la diminution peut aller jusqu'à {French.Money(Available)}"
                : "aucune diminution n'est possible tant que les engagements ne sont pas réduits";
            throw new InvalidOperationException($"Diminuer les crédits de {French.Money(-change)} {why} : {limit}.");
        }

        var amendment = new EnvelopeAmendment(id, _amendments.Count + 1, stage, change, on, cleanReference);
        _amendments.Add(amendment);
        Amount += change;
        return amendment;
    }

    /// <summary>The warning <c>ENVELOPE_OVERDRAWN</c> if committing <paramref name="amount"/> would overdraw the envelope; null otherwise.</summary>
    public Finding? WarnIfOverdrawn(decimal amount) =>
        amount > Available
            ? new Finding(SubsidyFindingCodes.EnvelopeOverdrawn, Severity.Warning, null,
                $"Engager {French.Money(amount)} dépasserait l'enveloppe {BudgetLabel} de {French.Money(Amount)} : il ne reste que {French.Money(Available)} disponibles.")
            : null;

    /// <summary>Charges a grant to the envelope; returns the overdraw warning when there is one.</summary>
    public Finding? Charge(Guid grantFileId, decimal amount, DateOnly on, string label)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (_charges.Any(c => c.GrantFileId == grantFileId))
        {
            throw new InvalidOperationException("Cette subvention est déjà imputée sur l'enveloppe.");
        }

        var warning = WarnIfOverdrawn(amount);
        _charges.Add(new EnvelopeCharge(Guid.NewGuid(), grantFileId, amount, on, label));
        return warning;
    }

    /// <summary>Records a payment on a grant charged to this envelope.</summary>
    public void RecordPayment(Guid grantFileId, decimal amount) => ChargeOf(grantFileId).AddPayment(amount);

    /// <summary>Releases part of a commitment (the remainder lapsed, the grant was reduced).</summary>
    public void Release(Guid grantFileId, decimal amount) => ChargeOf(grantFileId).Release(amount);

    private EnvelopeCharge ChargeOf(Guid grantFileId) =>
        _charges.FirstOrDefault(c => c.GrantFileId == grantFileId)
        ?? throw new InvalidOperationException("Cette subvention n'est pas imputée sur l'enveloppe.");
}

/// <summary>A change of an envelope's credits voted in a budget supplémentaire (BS) or a décision modificative (DM).</summary>
public sealed class EnvelopeAmendment
{
    private EnvelopeAmendment() { }

    internal EnvelopeAmendment(Guid id, int rank, BudgetStage stage, decimal change, DateOnly amendedOn, string? reference)
    {
        Id = id;
        Rank = rank;
        Stage = stage;
        Change = change;
        AmendedOn = amendedOn;
        Reference = reference;
    }

    public Guid Id { get; private set; }
    /// <summary>1 for the envelope's first amendment, 2 for the next: the order they were made in.</summary>
    public int Rank { get; private set; }
    /// <summary>BS or DM.</summary>
    public BudgetStage Stage { get; private set; }
    /// <summary>The change of the credits: positive when they grow, negative when they shrink.</summary>
    public decimal Change { get; private set; }
    /// <summary>The day the amendment was recorded.</summary>
    public DateOnly AmendedOn { get; private set; }
    /// <summary>The deliberation that voted it ("DM n° 2, délibération 2012/001800"), when given.</summary>
    public string? Reference { get; private set; }
}

/// <summary>A grant charged to an envelope (the operation: "Montant de l'opération : 15 000 €").</summary>
public sealed class EnvelopeCharge
{
    private EnvelopeCharge() { Label = ""; }

    internal EnvelopeCharge(Guid id, Guid grantFileId, decimal amount, DateOnly chargedOn, string label)
    {
        Id = id;
        GrantFileId = grantFileId;
        Amount = amount;
        ChargedOn = chargedOn;
        Label = label;
    }

    public Guid Id { get; private set; }
    public Guid GrantFileId { get; private set; }
    /// <summary>The amount charged.</summary>
    public decimal Amount { get; private set; }
    public DateOnly ChargedOn { get; private set; }
    public string Label { get; private set; }
    /// <summary>Part of the amount released (lapsed or cancelled).</summary>
    public decimal Released { get; private set; }
    /// <summary>Payments made.</summary>
    public decimal Paid { get; private set; }

    public decimal Committed => Amount - Released;

    internal void AddPayment(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (Paid + amount > Committed)
        {
            throw new InvalidOperationException(
                $"Le paiement de {French.Money(amount)} dépasserait l'engagement de {French.Money(Committed)} (déjà payé : {French.Money(Paid)}).");
        }

        Paid += amount;
    }

    internal void Release(decimal amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (Committed - amount < Paid)
        {
            throw new InvalidOperationException("On ne peut pas dégager une part déjà payée.");
        }

        Released += amount;
    }
}
