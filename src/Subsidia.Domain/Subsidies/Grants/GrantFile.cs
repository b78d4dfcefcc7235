using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.ActionProgrammes;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;
using Subsidia.Domain.Subsidies.Rules;

namespace Subsidia.Domain.Subsidies.Grants;

/// <summary>
/// A grant file (dossier de subvention) from the request to the last report: request, instruction, decision,
/// notification, the beneficiary's budget and programme, the convention, the payment schedule and the documents received.
/// </summary>
/// <remarks>
/// R-21 (loi 2000-321 art. 9-1): a subsidy is attributed by a deliberation distinct from the budget vote, or by a
/// delegated body; <see cref="Decision"/> links the file to that act in the assembly engine.
/// </remarks>
public sealed class GrantFile
{
    private readonly List<ReceivedDocument> _documents = [];

    private GrantFile() { Request = null!; }

    public GrantFile(Guid id, Guid authorityId, Guid beneficiaryId, GrantRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Id = id;
        AuthorityId = authorityId;
        BeneficiaryId = beneficiaryId;
        Request = request;
    }

    public Guid Id { get; private set; }
    public Guid AuthorityId { get; private set; }
    public Guid BeneficiaryId { get; private set; }
    /// <summary>The envelope the grant is charged to.</summary>
    public Guid? EnvelopeId { get; private set; }
    public GrantRequest Request { get; private set; }
    public GrantInstruction? Instruction { get; private set; }
    public GrantDecision? Decision { get; private set; }
    /// <summary>Date the convention (or the attribution) was notified to the beneficiary; the trigger of "à compter de la notification".</summary>
    public DateOnly? NotifiedOn { get; private set; }
    /// <summary>Date the essential data were published as open data (R-28).</summary>
    public DateOnly? OpenDataPublishedOn { get; private set; }
    public ForecastBudget? Budget { get; private set; }
    public ActionProgramme? Programme { get; private set; }
    public Convention? Convention { get; private set; }
    public PaymentSchedule? Schedule { get; private set; }
    public IReadOnlyList<ReceivedDocument> Documents => _documents;

    /// <summary>The amount granted; null before the decision.</summary>
    public decimal? AmountGranted => Decision?.Amount;

    /// <summary>The year the grant counts for (R-22): the year of the decision, else of the request period.</summary>
    public int? Year => Decision?.DecidedOn.Year ?? Request.PeriodStart?.Year;

    public void ChargeTo(Guid envelopeId) => EnvelopeId = envelopeId;

    /// <summary>Replaces the request with a completed one (the request form read after the decision was imported).</summary>
    public void ReviseRequest(GrantRequest request) => Request = request ?? throw new ArgumentNullException(nameof(request));

    /// <summary>
    /// What the grants officer still has to complete (French phrases): facts a grant file created from a deliberation does
    /// not know because the document does not state them (docs/decisions/0014). Empty when nothing is missing.
    /// </summary>
    public IReadOnlyList<string> ToComplete(Beneficiary beneficiary)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        var missing = new List<string>();
        if (Request.AmountRequested is null)
        {
            missing.Add("le montant demandé");
        }

        if (beneficiary.Siret is null)
        {
            missing.Add("le SIRET du bénéficiaire");
        }

        if (EnvelopeId is null)
        {
            missing.Add("l'enveloppe budgétaire à laquelle la subvention est imputée");
        }

        if (Budget is { FundersKnown: false })
        {
            missing.Add("la nature des financeurs (propres, publics, privés) des recettes du budget prévisionnel");
        }

        if (Decision is not null && Schedule is null)
        {
            missing.Add("l'échéancier de versement");
        }

        if (Decision is not null && Convention is null)
        {
            missing.Add("la convention (parties, signataires, objet)");
        }

        return missing;
    }

    public void Instruct(GrantInstruction instruction) => Instruction = instruction ?? throw new ArgumentNullException(nameof(instruction));

    public void Decide(GrantDecision decision) => Decision = decision ?? throw new ArgumentNullException(nameof(decision));

    /// <summary>Records the publication and the prefecture's receipt of the decision.</summary>
    public void RecordFormalities(DateOnly? publishedOn, DateOnly? prefectureReceivedOn) =>
        Decision = (Decision ?? throw new InvalidOperationException("La subvention n'a pas encore été décidée."))
            .WithFormalities(publishedOn, prefectureReceivedOn);

    public void Notify(DateOnly on)
    {
        if (Decision is null)
        {
            throw new InvalidOperationException("On ne peut pas notifier une subvention qui n'a pas été décidée.");
        }

        NotifiedOn = on;
    }

    public void AttachBudget(ForecastBudget budget) => Budget = budget ?? throw new ArgumentNullException(nameof(budget));

    public void AttachProgramme(ActionProgramme programme) => Programme = programme ?? throw new ArgumentNullException(nameof(programme));

    public void AttachConvention(Convention convention) => Convention = convention ?? throw new ArgumentNullException(nameof(convention));

    public void AttachSchedule(PaymentSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (Decision is not null && schedule.Ceiling != Decision.Amount)
        {
            throw new ArgumentException(
                $"Le plafond de l'échéancier ({French.Money(schedule.Ceiling)}) doit être le montant accordé ({French.Money(Decision.Amount)}).", nameof(schedule));
        }

        Schedule = schedule;
    }

    /// <summary>Records a document received from the beneficiary.</summary>
    public ReceivedDocument ReceiveDocument(DocumentKind kind, DateOnly on, string? reference = null)
    {
        var document = new ReceivedDocument(Guid.NewGuid(), kind, on, reference);
        _documents.Add(document);
        return document;
    }

    public void RecordOpenDataPublication(DateOnly on) => OpenDataPublishedOn = on;

    /// <summary>What the payment schedule needs to know about this file.</summary>
    public PaymentContext PaymentContext(FrenchCalendar calendar) =>
        new(Convention?.SignedOn, NotifiedOn, _documents, calendar ?? throw new ArgumentNullException(nameof(calendar)));

    /// <summary>Issues a payment order on an instalment, or refuses it with a French reason (see <see cref="PaymentSchedule.Order"/>).</summary>
    /// <param name="instalmentId">The instalment.</param>
    /// <param name="amount">The amount of the order.</param>
    /// <param name="on">The date of the order.</param>
    /// <param name="calendar">The holiday calendar for the request deadline.</param>
    /// <param name="requirement">The R-22 test for the beneficiary's year (<see cref="ConventionThreshold.Evaluate"/>); when a
    /// convention is required, no order is accepted before it is signed.</param>
    /// <remarks>
    /// The envelope is another aggregate: the caller records an accepted order with <see cref="Envelopes.Envelope.RecordPayment"/>
    /// and releases a lapsed remainder with <see cref="Envelopes.Envelope.Release"/>.
    /// </remarks>
    public PaymentDecision OrderPayment(Guid instalmentId, decimal amount, DateOnly on, FrenchCalendar calendar, ConventionRequirement? requirement = null)
    {
        var schedule = Schedule ?? throw new InvalidOperationException("Ce dossier n'a pas d'échéancier de versement.");
        if (requirement is { Required: true } && (Convention?.SignedOn is null || Convention.SignedOn > on))
        {
            return new PaymentDecision(false,
                $"Mandat refusé : {requirement.Message} Aucune convention n'est signée au {French.Date(on)}.", null);
        }

        return schedule.Order(instalmentId, amount, on, PaymentContext(calendar));
    }

    /// <summary>Every dated duty of the grant and its source (see <see cref="ObligationSchedule"/>).</summary>
    public IReadOnlyList<Obligation> Obligations(FrenchCalendar calendar, ObligationOptions? options = null) =>
        ObligationSchedule.For(this, calendar, options ?? ObligationOptions.Default);

    /// <summary>
    /// The checks of the file: the budget (trees, balance, the authority's line = the grant, need), the convention
    /// against the decision and the annexes (body, number of actions, signature before executory date), R-22 (a
    /// convention when the yearly total exceeds 23 000 €), R-29 (contrat d'engagement républicain) and R-30 (de minimis).
    /// </summary>
    public IReadOnlyList<Finding> Check(Beneficiary beneficiary)
    {
        ArgumentNullException.ThrowIfNull(beneficiary);
        var findings = new List<Finding>();
        if (Budget is not null && Decision is not null)
        {
            findings.AddRange(Budget.Check(Decision.Amount));
        }

        if (Convention is { } convention)
        {
            if (Decision is { } decision && convention.CitedDecidingBody is { } cited
                && !string.Equals(PersonName.Normalise(cited), PersonName.Normalise(decision.DecidingBody), StringComparison.Ordinal))
            {
                findings.Add(new Finding(FindingCodes.BodyMismatch, Severity.Warning, decision.ItemNumber,
                    $"La convention vise une délibération du « {cited} » alors que la décision n° {decision.ActNumber} a été prise par le « {decision.DecidingBody} »."));
            }

            if (convention.StatedActionCount is { } stated && Programme is not null && Programme.Actions.Count() != stated)
            {
                findings.Add(new Finding(FindingCodes.StatedCountMismatch, Severity.Warning, Decision?.ItemNumber,
                    $"La convention annonce {French.Plural(stated, "action", "actions")} mais son programme en annexe en décrit {Programme.Actions.Count()}."));
            }

            if (convention.SignedOn is { } signed && Decision?.ExecutoryOn is { } executory && signed < executory)
            {
                findings.Add(new Finding(SubsidyFindingCodes.SignedBeforeExecutory, Severity.Warning, Decision.ItemNumber,
                    $"La convention a été signée le {French.Date(signed)}, avant que la délibération soit exécutoire ({French.Date(executory)})."));
            }
        }

        if (Year is { } year && AmountGranted is { } granted)
        {
            var alreadyInHistory = beneficiary.History.Any(h => h.GrantFileId == Id);
            var requirement = ConventionThreshold.Evaluate(beneficiary, AuthorityId, year, alreadyInHistory ? 0m : granted);
            if (ConventionThreshold.Check(requirement, Convention is not null) is { } missing)
            {
                findings.Add(missing);
            }

            if (Decision is { } decided && DeMinimis.Check(beneficiary, decided.DecidedOn, granted, excludingGrantFileId: Id) is { } deMinimis)
            {
                findings.Add(deMinimis);
            }
        }

        var requestDate = Request.RequestedOn ?? Decision?.DecidedOn;
        if (requestDate is { } date && RepublicanCommitment.Check(beneficiary.LegalForm, date, Request.RepublicanCommitmentAccepted, beneficiary.Name) is { } cer)
        {
            findings.Add(cer);
        }

        return findings;
    }
}
