using Subsidia.Domain.Assemblies;

namespace Subsidia.Domain.Subsidies.Grants;

/// <summary>Whether the subsidy is money or in kind (CERFA 12156: numéraire / nature).</summary>
public enum SubsidyNature
{
    Cash,
    InKind,
}

/// <summary>What the subsidy funds (CERFA 12156: fonctionnement global / projet).</summary>
public enum SubsidyPurpose
{
    /// <summary>Fonctionnement global.</summary>
    Operating,
    /// <summary>Projet(s) / action(s) spécifique(s).</summary>
    Project,
}

/// <summary>
/// The beneficiary's request (CERFA 12156): object, period, amount requested and the declarations of the form.
/// </summary>
/// <remarks>R-29: the acceptance of the contrat d'engagement républicain is a required flag of every request from 02/01/2022.</remarks>
public sealed class GrantRequest
{
    private GrantRequest() { Subject = ""; }

    /// <param name="subject">What the subsidy is requested for.</param>
    /// <param name="amountRequested">The amount requested; null when the documents do not state it (an imported deliberation
    /// rarely does, docs/decisions/0014): the grants officer completes it, nothing is guessed.</param>
    /// <param name="periodStart">First day of the funded period, when known.</param>
    /// <param name="periodEnd">Last day of the funded period, when known.</param>
    /// <param name="requestedOn">Date the request was filed, when known.</param>
    public GrantRequest(string subject, decimal? amountRequested, DateOnly? periodStart, DateOnly? periodEnd, DateOnly? requestedOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (amountRequested is { } requested)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requested, nameof(amountRequested));
        }

        if (periodStart > periodEnd)
        {
            throw new ArgumentException("La période demandée se termine avant de commencer.", nameof(periodEnd));
        }

        Subject = subject.Trim();
        AmountRequested = amountRequested;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        RequestedOn = requestedOn;
    }

    /// <summary>What the subsidy is requested for.</summary>
    public string Subject { get; private set; }
    /// <summary>The amount requested; null when not stated (to be completed by the grants officer).</summary>
    public decimal? AmountRequested { get; private set; }
    /// <summary>First day of the funded period (inclusive).</summary>
    public DateOnly? PeriodStart { get; private set; }
    /// <summary>Last day of the funded period (inclusive).</summary>
    public DateOnly? PeriodEnd { get; private set; }
    /// <summary>Date the request was filed; null when the documents do not say.</summary>
    public DateOnly? RequestedOn { get; private set; }
    public SubsidyNature Nature { get; private set; }
    public SubsidyPurpose Purpose { get; private set; }
    /// <summary>Première demande (false) or renouvellement (true); null when not stated.</summary>
    public bool? IsRenewal { get; private set; }
    /// <summary>Annual (false) or multi-year (true, R-31).</summary>
    public bool MultiYear { get; private set; }
    /// <summary>Contrat d'engagement républicain accepted; null when the file does not say.</summary>
    public bool? RepublicanCommitmentAccepted { get; private set; }
    /// <summary>Who signed the attestation (CERFA 12156 sheet 6).</summary>
    public string? AttestationSignedBy { get; private set; }

    /// <summary>Records the amount requested once it is known (the request form, a document the deliberation does not quote).</summary>
    public void StateAmountRequested(decimal amountRequested)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountRequested);
        AmountRequested = amountRequested;
    }

    /// <summary>Records the CERFA 12156 declarations.</summary>
    public void Declare(SubsidyNature nature, SubsidyPurpose purpose, bool? isRenewal, bool multiYear, bool? republicanCommitmentAccepted,
        string? attestationSignedBy)
    {
        Nature = nature;
        Purpose = purpose;
        IsRenewal = isRenewal;
        MultiYear = multiYear;
        RepublicanCommitmentAccepted = republicanCommitmentAccepted;
        AttestationSignedBy = attestationSignedBy;
    }
}

/// <summary>The instruction of the file: the committee that examined it and its opinion.</summary>
public sealed class GrantInstruction
{
    private GrantInstruction() { Committee = ""; }

    public GrantInstruction(string committee, DateOnly? examinedOn, string? opinion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(committee);
        Committee = committee.Trim();
        ExaminedOn = examinedOn;
        Opinion = string.IsNullOrWhiteSpace(opinion) ? null : opinion.Trim();
    }

    /// <summary>"Commission n°2", "Economie, Emploi et Insertion".</summary>
    public string Committee { get; private set; }
    public DateOnly? ExaminedOn { get; private set; }
    /// <summary>"Favorable"; null when the act does not state it.</summary>
    public string? Opinion { get; private set; }
}

/// <summary>
/// The decision that granted the subsidy: the sitting and agenda item of the assembly engine, the act's number, the
/// body, the amount, and the dates that make the act executory.
/// </summary>
/// <remarks>R-17 (CGCT L2131-1): executory once both published (or notified) and received by the prefecture.</remarks>
public sealed class GrantDecision
{
    private GrantDecision() { ItemNumber = ""; ActNumber = ""; DecidingBody = ""; }

    public GrantDecision(Guid sittingId, Guid? agendaItemId, string itemNumber, string actNumber, string decidingBody, AssemblyKind bodyKind,
        DateOnly decidedOn, decimal amount, DateOnly? publishedOn = null, DateOnly? prefectureReceivedOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(actNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(decidingBody);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        SittingId = sittingId;
        AgendaItemId = agendaItemId;
        ItemNumber = itemNumber.Trim();
        ActNumber = actNumber.Trim();
        DecidingBody = decidingBody.Trim();
        BodyKind = bodyKind;
        DecidedOn = decidedOn;
        Amount = amount;
        PublishedOn = publishedOn;
        PrefectureReceivedOn = prefectureReceivedOn;
    }

    /// <summary>The <see cref="Sitting"/> that decided.</summary>
    public Guid SittingId { get; private set; }
    /// <summary>The <see cref="AgendaItem"/> of that sitting; null when it is not recorded.</summary>
    public Guid? AgendaItemId { get; private set; }
    /// <summary>"3.6", "10".</summary>
    public string ItemNumber { get; private set; }
    /// <summary>"2012/001753".</summary>
    public string ActNumber { get; private set; }
    /// <summary>"Conseil de Communauté", "Bureau".</summary>
    public string DecidingBody { get; private set; }
    public AssemblyKind BodyKind { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    /// <summary>The amount granted.</summary>
    public decimal Amount { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    /// <summary>Prefecture's acknowledgment ("Reçu le 16 MAI 2012").</summary>
    public DateOnly? PrefectureReceivedOn { get; private set; }

    /// <summary>max(publication, receipt) when both are known .</summary>
    public DateOnly? ExecutoryOn => PublishedOn is { } p && PrefectureReceivedOn is { } r ? (p > r ? p : r) : null;

    /// <summary>Records publication and the prefecture's receipt as they become known.</summary>
    public GrantDecision WithFormalities(DateOnly? publishedOn, DateOnly? prefectureReceivedOn) =>
        new(SittingId, AgendaItemId, ItemNumber, ActNumber, DecidingBody, BodyKind, DecidedOn, Amount, publishedOn ?? PublishedOn,
            prefectureReceivedOn ?? PrefectureReceivedOn);
}
