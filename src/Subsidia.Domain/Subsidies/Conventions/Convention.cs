using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Obligations;

namespace Subsidia.Domain.Subsidies.Conventions;

/// <summary>When a convention comes into force.</summary>
public enum EntryIntoForceRule
{
    /// <summary>"À compter de sa date de transmission au représentant de l'État": the prefecture's receipt date.</summary>
    OnTransmissionToPrefect,
    /// <summary>On signature by both parties.</summary>
    OnSignature,
    /// <summary>On notification to the beneficiary.</summary>
    OnNotification,
}

/// <summary>
/// The convention between the authority and the beneficiary: parties, visas, object, the amount as a ceiling, entry into
/// force, end, retention of documents, the clauses that matter to the software, and the dated duties it writes down.
/// </summary>
/// <remarks>
/// Loi 2000-321 art. 10 and décret 2001-495: object, amount, payment terms and conditions of use; since loi
/// 2021-875, control and evaluation and the fate of unspent balances. CGCT L1611-4: no redistribution unless
/// expressly allowed. Entry into force "à compter de la transmission" resolves to the prefecture's receipt,
/// inclusive.
/// </remarks>
public sealed class Convention
{
    private readonly List<string> _visas = [];
    private readonly List<ConventionDuty> _duties = [];

    private Convention() { Title = ""; Subject = ""; AuthorityName = ""; BeneficiaryName = ""; }

    public Convention(Guid id, string title, string authorityName, Representative authorityRepresentative, string beneficiaryName,
        Representative beneficiaryRepresentative, string subject, decimal amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(authorityName);
        ArgumentException.ThrowIfNullOrWhiteSpace(beneficiaryName);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(authorityRepresentative);
        ArgumentNullException.ThrowIfNull(beneficiaryRepresentative);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        Id = id;
        Title = title.Trim();
        AuthorityName = authorityName.Trim();
        AuthorityRepresentative = authorityRepresentative;
        BeneficiaryName = beneficiaryName.Trim();
        BeneficiaryRepresentative = beneficiaryRepresentative;
        Subject = subject.Trim();
        Amount = amount;
        AmountIsCeiling = true;
        EntryIntoForce = EntryIntoForceRule.OnTransmissionToPrefect;
        RetentionYears = 10;
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public string AuthorityName { get; private set; }
    public Representative? AuthorityRepresentative { get; private set; }
    public string BeneficiaryName { get; private set; }
    public Representative? BeneficiaryRepresentative { get; private set; }
    /// <summary>"Vu le Code Général des Collectivités Territoriales, et notamment son article L.1611-4"…</summary>
    public IReadOnlyList<string> Visas => _visas;
    /// <summary>Article 1.</summary>
    public string Subject { get; private set; }
    /// <summary>The subsidy, a ceiling.</summary>
    public decimal Amount { get; private set; }
    /// <summary>"Ce montant est un plafond non révisable à la hausse."</summary>
    public bool AmountIsCeiling { get; private set; }
    /// <summary>R-24: the beneficiary may pass the subsidy on to other bodies only when the convention expressly allows it.</summary>
    public bool RedistributionAllowed { get; private set; }
    public EntryIntoForceRule EntryIntoForce { get; private set; }
    /// <summary>Last day of the convention (inclusive), "cessera au plus tard le 31 décembre 2025"; null when it states none.</summary>
    public DateOnly? EndsOn { get; private set; }
    /// <summary>Last day of the financial year the subsidy is granted for, the base of the CERFA 15059 deadline (R-23, [NV]: explicit).</summary>
    public DateOnly? FinancialYearEnd { get; private set; }
    /// <summary>Years the beneficiary keeps its supporting documents (art. 4: 10 years).</summary>
    public int RetentionYears { get; private set; }
    /// <summary>The deciding body as the convention names it ("Conseil de Communauté"); checked against the decision .</summary>
    public string? CitedDecidingBody { get; private set; }
    /// <summary>The number of actions the text announces ("ses 3 actions"); checked against the annex.</summary>
    public int? StatedActionCount { get; private set; }
    /// <summary>Date both parties signed.</summary>
    public DateOnly? SignedOn { get; private set; }
    /// <summary>Duties the convention dates itself (interim review, final reports).</summary>
    public IReadOnlyList<ConventionDuty> Duties => _duties;

    public void AddVisa(string visa)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(visa);
        _visas.Add(visa.Trim());
    }

    /// <summary>Records the convention's term: end date, financial year of reference, retention and entry into force.</summary>
    public void SetTerm(DateOnly? endsOn, DateOnly? financialYearEnd, int retentionYears = 10,
        EntryIntoForceRule entryIntoForce = EntryIntoForceRule.OnTransmissionToPrefect)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retentionYears);
        EndsOn = endsOn;
        FinancialYearEnd = financialYearEnd;
        RetentionYears = retentionYears;
        EntryIntoForce = entryIntoForce;
    }

    /// <summary>Records what the text says of itself, to be checked against the decision and the annexes.</summary>
    public void SetStatements(string? citedDecidingBody, int? statedActionCount)
    {
        CitedDecidingBody = string.IsNullOrWhiteSpace(citedDecidingBody) ? null : citedDecidingBody.Trim();
        StatedActionCount = statedActionCount;
    }

    /// <summary>An express clause allowing redistribution .</summary>
    public void AllowRedistribution(bool allowed) => RedistributionAllowed = allowed;

    public void Sign(DateOnly on) => SignedOn = on;

    /// <summary>Adds a duty dated by the convention itself.</summary>
    /// <param name="kind">What the duty is.</param>
    /// <param name="label">French label ("Bilan intermédiaire remis à GBM").</param>
    /// <param name="opensOn">First day it can be done (1 July 2025 for "sur le mois de juillet 2025"); null when open-ended.</param>
    /// <param name="dueOn">Last day (inclusive), as written.</param>
    /// <param name="sourceClause">"Convention, article 3".</param>
    public ConventionDuty AddDuty(ObligationKind kind, string label, DateOnly? opensOn, DateOnly dueOn, string sourceClause)
    {
        var duty = new ConventionDuty(Guid.NewGuid(), kind, label, opensOn, dueOn, sourceClause);
        _duties.Add(duty);
        return duty;
    }

    /// <summary>The day the convention comes into force, inclusive; null while the trigger date is unknown.</summary>
    public DateOnly? EntryIntoForceOn(DateOnly? prefectureReceivedOn, DateOnly? notifiedOn) => EntryIntoForce switch
    {
        EntryIntoForceRule.OnTransmissionToPrefect => prefectureReceivedOn,
        EntryIntoForceRule.OnSignature => SignedOn,
        _ => notifiedOn,
    };
}

/// <summary>A duty the convention dates itself ("sur le mois de juillet 2025", "15 novembre 2025").</summary>
public sealed class ConventionDuty
{
    private ConventionDuty() { Label = ""; SourceClause = ""; }

    internal ConventionDuty(Guid id, ObligationKind kind, string label, DateOnly? opensOn, DateOnly dueOn, string sourceClause)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceClause);
        if (opensOn > dueOn)
        {
            throw new ArgumentException("Une obligation ne peut pas s'ouvrir après son échéance.", nameof(opensOn));
        }

        Id = id;
        Kind = kind;
        Label = label.Trim();
        OpensOn = opensOn;
        DueOn = dueOn;
        SourceClause = sourceClause.Trim();
    }

    public Guid Id { get; private set; }
    public ObligationKind Kind { get; private set; }
    public string Label { get; private set; }
    public DateOnly? OpensOn { get; private set; }
    /// <summary>As written in the convention: a written date is not moved (only computed deadlines are, R-32).</summary>
    public DateOnly DueOn { get; private set; }
    public string SourceClause { get; private set; }
}
