using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Grants;
using Subsidia.Documents;
using Subsidia.Documents.Conventions;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Conventions;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Domain.Subsidies.Payments;

namespace Subsidia.Web.Features.Grants;

/// <summary>The outcome of the creation form: the new grant, or the refusals tied to their fields. Notes never block.</summary>
public sealed record GrantCreationResult(Guid? GrantId, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Notes);

/// <summary>The standard payment schedules a convention can be generated with (docs/decisions/0010).</summary>
public enum ScheduleModel
{
    /// <summary>100 % at signature (S2).</summary>
    AllAtSignature,
    /// <summary>50 % at signature, balance on the final reports.</summary>
    HalfThenBalance,
    /// <summary>50 % at signature, 30 % on the interim reports if asked, balance on the final reports (S1).</summary>
    HalfInterimBalance,
}

/// <summary>What the grants officer gives to generate the convention; the rest comes from the grant file.</summary>
public sealed class ConventionDraft
{
    public string? Title { get; set; }
    public string? AuthorityRepresentativeName { get; set; }
    public string? AuthorityRepresentativeTitle { get; set; } = "Président";
    public string? AuthorityRepresentativeCivility { get; set; }
    public string? BeneficiaryRepresentativeName { get; set; }
    public string? BeneficiaryRepresentativeTitle { get; set; } = "Président";
    public string? BeneficiaryRepresentativeCivility { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateOnly? FinalReportsDueOn { get; set; }
    public ScheduleModel Schedule { get; set; } = ScheduleModel.AllAtSignature;
    public int? RequestDeadlineMonths { get; set; } = 2;
}

public sealed partial class GrantCommands
{
    /// <summary>
    /// Creates a grant file from the form: request, deciding act and amount granted (charged to the envelope and written
    /// in the beneficiary's history), the forecast budget read as a tree and checked by the domain (R-25), the action
    /// programme. Nothing is stored while a refusal remains.
    /// </summary>
    public async Task<GrantCreationResult> CreateGrantAsync(ClaimsPrincipal user, GrantDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<FieldError>();
        var notes = new List<string>();

        var beneficiary = draft.BeneficiaryId is { } beneficiaryId
            ? await db.Beneficiaries.Include(b => b.History).FirstOrDefaultAsync(b => b.Id == beneficiaryId, ct)
            : null;
        if (beneficiary is null)
        {
            errors.Add(new("Draft_BeneficiaryId", "Bénéficiaire : choisissez un bénéficiaire enregistré (ou créez-le d'abord)."));
        }

        var envelope = draft.EnvelopeId is { } envelopeId
            ? await db.Envelopes.Include(e => e.Charges).FirstOrDefaultAsync(e => e.Id == envelopeId, ct)
            : null;
        var programme = envelope is null ? null : await db.BudgetProgrammes.FirstOrDefaultAsync(p => p.Id == envelope.ProgrammeId, ct);
        if (envelope is null || programme is null)
        {
            errors.Add(new("Draft_EnvelopeId", "Programme et enveloppe : choisissez l'enveloppe budgétaire sur laquelle la subvention est imputée."));
        }

        if (string.IsNullOrWhiteSpace(draft.Subject))
        {
            errors.Add(new("Draft_Subject", "Objet : l'objet de la subvention est obligatoire."));
        }
        else if (draft.Subject.Trim().Length > 1000)
        {
            errors.Add(new("Draft_Subject", "Objet : 1 000 caractères au plus."));
        }

        if (!BudgetDrafts.TryMoney(draft.AmountRequested, out var requested))
        {
            errors.Add(new("Draft_AmountRequested", BudgetDrafts.Unreadable("Montant demandé", draft.AmountRequested)));
        }
        else if (requested is not > 0)
        {
            errors.Add(new("Draft_AmountRequested", "Montant demandé : obligatoire et supérieur à zéro."));
        }

        if (!BudgetDrafts.TryMoney(draft.AmountGranted, out var granted))
        {
            errors.Add(new("Draft_AmountGranted", BudgetDrafts.Unreadable("Montant accordé", draft.AmountGranted)));
        }
        else if (granted is <= 0)
        {
            errors.Add(new("Draft_AmountGranted", "Montant accordé : doit être supérieur à zéro."));
        }

        var act = draft.ActItemId is { } itemId
            ? await (from i in db.AgendaItems
                     join s in db.Sittings on EF.Property<Guid>(i, "SittingId") equals s.Id
                     join a in db.Assemblies on s.AssemblyId equals a.Id
                     where i.Id == itemId && i.ActNumber != null
                     select new { Item = i, Sitting = s, Assembly = a }).FirstOrDefaultAsync(ct)
            : null;
        if (draft.ActItemId is not null && act is null)
        {
            errors.Add(new("Draft_ActItemId", "Acte de décision : cet acte n'existe pas dans le registre."));
        }
        else if (act is not null && programme is not null && act.Assembly.AuthorityId != programme.AuthorityId)
        {
            errors.Add(new("Draft_ActItemId", "Acte de décision : il a été pris par une autre collectivité que celle du programme choisi."));
        }

        if (granted is > 0 && draft.ActItemId is null)
        {
            errors.Add(new("Draft_AmountGranted",
                "Montant accordé : une subvention n'est accordée que par un acte distinct du vote du budget (R-21) ; choisissez l'acte de décision, ou laissez ce montant vide."));
        }
        else if (draft.ActItemId is not null && granted is null && !string.IsNullOrWhiteSpace(draft.AmountRequested))
        {
            errors.Add(new("Draft_AmountGranted", "Montant accordé : obligatoire lorsqu'un acte de décision est choisi."));
        }

        if (draft.PeriodStart is { } start && draft.PeriodEnd is { } end && start > end)
        {
            errors.Add(new("Draft_PeriodEnd", "Fin de la période : la période se termine avant de commencer."));
        }

        var budget = BudgetDrafts.Build(draft, errors);
        if (budget is not null && (granted ?? requested) is > 0 and var subsidy)
        {
            var (refusals, infos) = BudgetDrafts.Check(budget, subsidy);
            errors.AddRange(refusals.Select(f => new FieldError("totaux", f.Message)));
            notes.AddRange(infos.Select(f => f.Message));
        }

        var actionProgramme = BudgetDrafts.BuildProgramme(draft, errors);
        if (errors.Count > 0)
        {
            return new(null, errors, notes);
        }

        var request = new GrantRequest(draft.Subject!.Trim(), requested!.Value, draft.PeriodStart, draft.PeriodEnd, null);
        request.Declare(SubsidyNature.Cash, draft.Purpose, isRenewal: beneficiary!.History.Count > 0 ? true : null, multiYear: false,
            republicanCommitmentAccepted: draft.RepublicanCommitment, attestationSignedBy: null);
        var grant = new GrantFile(Guid.NewGuid(), programme!.AuthorityId, beneficiary.Id, request);
        grant.ChargeTo(envelope!.Id);
        if (act is not null)
        {
            var item = act.Item;
            if (!string.IsNullOrWhiteSpace(item.Committee))
            {
                grant.Instruct(new GrantInstruction(item.Committee, item.CommitteeDate, item.CommitteeOpinion));
            }

            grant.Decide(new GrantDecision(act.Sitting.Id, item.Id, item.Number, item.ActNumber!, act.Assembly.Name, act.Assembly.Kind,
                act.Sitting.Date, granted!.Value, item.PublishedOn ?? act.Sitting.PublishedOn, item.PrefectureReceivedOn));
            var label = $"{beneficiary.ShortName ?? beneficiary.Name} - {request.Subject}";
            if (envelope.Charge(grant.Id, granted.Value, act.Sitting.Date, label.Length > 300 ? label[..300] : label) is { } overdrawn)
            {
                notes.Add(overdrawn.Message);
            }

            var authority = await db.Authorities.FirstAsync(a => a.Id == programme.AuthorityId, ct);
            beneficiary.RecordGrant(act.Sitting.Date.Year, authority.Id, authority.Name, granted.Value, act.Sitting.Date, grant.Id);
        }

        if (budget is not null)
        {
            grant.AttachBudget(budget);
        }

        if (actionProgramme is not null)
        {
            grant.AttachProgramme(actionProgramme);
        }

        db.GrantFiles.Add(grant);
        await audit.SaveAndRecordAsync(db, user, "subvention.creation", nameof(GrantFile), grant.Id.ToString(), null, new
        {
            BeneficiaryId = beneficiary.Id,
            EnvelopeId = envelope.Id,
            request.Subject,
            request.AmountRequested,
            AmountGranted = grant.AmountGranted,
            Act = grant.Decision?.ActNumber,
            BudgetTotal = budget?.Total,
            PublicShare = budget is null ? (decimal?)null : Math.Round(budget.PublicShare, 4),
            Actions = actionProgramme?.Actions.Count(),
        }, ct);
        return new(grant.Id, [], notes);
    }

    /// <summary>
    /// Generates the convention of a decided grant: the convention with its parties, term and duties, the payment schedule
    /// of the chosen model when the file has none, and the document itself (rendered once to prove the template fills;
    /// its SHA-256 is written in the audit log, which lists the generations). A signed convention is not regenerated.
    /// </summary>
    public async Task<CommandResult> GenerateConventionAsync(ClaimsPrincipal user, Guid grantId, ConventionDraft draft, DocumentRenderer renderer,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(renderer);
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null)
        {
            return new(false, "Dossier introuvable.");
        }

        if (grant.Decision is null)
        {
            return new(false, "Convention refusée : aucun acte n'a encore accordé cette subvention ; la convention fixe le montant accordé.");
        }

        if (grant.Convention?.SignedOn is { } signed)
        {
            return new(false, $"Convention refusée : la convention est signée depuis le {French.Date(signed)} ; une modification passe par un avenant.");
        }

        var problems = new List<string>();
        Representative? Person(string? name, string? title, string? civility, string who)
        {
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"{who} : le nom et la qualité du signataire sont obligatoires.");
                return null;
            }

            return new Representative(name.Trim(), title.Trim(), string.IsNullOrWhiteSpace(civility) ? null : civility.Trim());
        }

        var authorityRepresentative = Person(draft.AuthorityRepresentativeName, draft.AuthorityRepresentativeTitle, draft.AuthorityRepresentativeCivility,
            "Signataire pour la collectivité");
        var beneficiaryRepresentative = Person(draft.BeneficiaryRepresentativeName, draft.BeneficiaryRepresentativeTitle,
            draft.BeneficiaryRepresentativeCivility, "Signataire pour le bénéficiaire");
        if (draft.RequestDeadlineMonths is not (null or (> 0 and <= 120)))
        {
            problems.Add("Délai de demande de versement : entre 1 et 120 mois.");
        }

        if (draft.EndsOn is { } endsOn && endsOn < grant.Decision.DecidedOn)
        {
            problems.Add($"Fin de la convention : le {French.Date(endsOn)} précède la décision du {French.Date(grant.Decision.DecidedOn)}.");
        }

        if (problems.Count > 0)
        {
            return new(false, "Convention refusée : " + string.Join(" ", problems));
        }

        var beneficiary = await db.Beneficiaries.FirstAsync(b => b.Id == grant.BeneficiaryId, ct);
        var authority = await db.Authorities.FirstAsync(a => a.Id == grant.AuthorityId, ct);
        var amount = grant.Decision.Amount;
        var title = string.IsNullOrWhiteSpace(draft.Title) ? $"Convention relative à la subvention attribuée à {beneficiary.Name}" : draft.Title.Trim();
        var convention = new Convention(Guid.NewGuid(), title.Length > 500 ? title[..500] : title, authority.Name, authorityRepresentative!,
            beneficiary.ShortName is null ? beneficiary.Name : $"{beneficiary.Name} ({beneficiary.ShortName})", beneficiaryRepresentative!,
            $"Définir les conditions dans lesquelles {authority.Name} apporte son soutien à {beneficiary.Name} et les modalités de versement de la subvention attribuée pour : {grant.Request.Subject}",
            amount);
        convention.AddVisa("Vu le Code Général des Collectivités Territoriales, et notamment son article L.1611-4");
        convention.AddVisa("Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, et notamment son article 10");
        var year = grant.Year ?? grant.Decision.DecidedOn.Year;
        convention.SetTerm(draft.EndsOn, new DateOnly(year, 12, 31), 10, EntryIntoForceRule.OnTransmissionToPrefect);
        convention.SetStatements(grant.Decision.DecidingBody, grant.Programme?.Actions.Count());
        convention.AllowRedistribution(false);
        if (draft.FinalReportsDueOn is { } finalDue)
        {
            convention.AddDuty(ObligationKind.FinalReports, "Compte rendu financier et rapport d'activité finaux", null, finalDue, "Convention, article 3");
        }

        // The one-to-one keys are nullable: a replaced convention or schedule is removed, not left behind as an orphan.
        var replaced = grant.Convention is not null;
        if (grant.Convention is { } previous)
        {
            db.Remove(previous);
        }

        grant.AttachConvention(convention);
        if (beneficiary.Representative is null)
        {
            beneficiary.SetRepresentative(beneficiaryRepresentative);
        }

        if (grant.Schedule is null || grant.Schedule.Orders.Count == 0)
        {
            if (grant.Schedule is { } previousSchedule)
            {
                db.Remove(previousSchedule);
            }

            var schedule = new PaymentSchedule(Guid.NewGuid(), amount, draft.RequestDeadlineMonths, "Convention, article 4");
            switch (draft.Schedule)
            {
                case ScheduleModel.HalfThenBalance:
                    schedule.AddShare("50 % à la signature de la convention", 0.50m, PaymentCondition.Signature);
                    schedule.AddBalance("Solde sur demande écrite, compte rendu financier et rapport d'activité finaux", PaymentCondition.FinalReports);
                    break;
                case ScheduleModel.HalfInterimBalance:
                    schedule.AddShare("50 % à la signature de la convention", 0.50m, PaymentCondition.Signature);
                    schedule.AddShare("Acompte de 30 % sur compte rendu financier et bilan intermédiaires (le cas échéant)", 0.30m,
                        PaymentCondition.InterimReports, optional: true);
                    schedule.AddBalance("Solde sur demande écrite, compte rendu financier et rapport d'activité finaux", PaymentCondition.FinalReports);
                    break;
                default:
                    schedule.AddShare("100 % à la signature de la convention", 1.00m, PaymentCondition.Signature);
                    break;
            }

            grant.AttachSchedule(schedule);
        }

        byte[] document;
        try
        {
            document = renderer.ConventionDocx(new ConventionRecord(grant));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or IOException)
        {
            return new(false, $"Convention refusée : le modèle de convention n'a pas pu être rempli ({e.Message}).");
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(document));
        await audit.SaveAndRecordAsync(db, user, "convention.generation", "Convention", grant.Id.ToString(), null, new
        {
            ConventionId = convention.Id,
            convention.Title,
            convention.Amount,
            Schedule = draft.Schedule.ToString(),
            Docx = fingerprint,
            Bytes = document.Length,
        }, ct);
        return new(true, $"Convention {(replaced ? "régénérée" : "générée")} : {French.Money(amount)}, {grant.Schedule!.Instalments.Count} tranche(s) ; empreinte SHA-256 {fingerprint[..12]}…");
    }
}
