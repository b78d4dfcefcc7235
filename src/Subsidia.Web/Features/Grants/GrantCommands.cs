using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;
using Subsidia.Domain.Identifiers;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Web.Accounts;

namespace Subsidia.Web.Features.Grants;

/// <summary>The result of a command: done, or refused with the reason in French.</summary>
public sealed record CommandResult(bool Done, string Message);

/// <summary>What grants officers and finance officers change, each change written to the audit log.</summary>
public sealed partial class GrantCommands(SubsidiaDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<CommandResult> CreateBeneficiaryAsync(ClaimsPrincipal user, string name, LegalForm form, string? siret, string? rna, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new(false, "Le nom du bénéficiaire est obligatoire.");
        }

        string? cleanSiret = null;
        if (!string.IsNullOrWhiteSpace(siret))
        {
            if (!Siret.TryParse(siret, out var parsed, out var error))
            {
                return new(false, $"SIRET refusé : {error}.");
            }

            cleanSiret = parsed.Value;
        }

        if (!string.IsNullOrWhiteSpace(rna) && !Rna.IsValid(rna.Trim()))
        {
            return new(false, $"RNA refusé : « {rna} » n'est pas un numéro RNA (W suivi de 9 chiffres).");
        }

        var id = cleanSiret is not null ? StableId.For("beneficiary-siret", cleanSiret) : Guid.NewGuid();
        if (await db.Beneficiaries.AnyAsync(b => b.Id == id, ct))
        {
            return new(false, $"Un bénéficiaire portant le SIRET {cleanSiret} existe déjà.");
        }

        var beneficiary = new Beneficiary(id, name.Trim(), form);
        beneficiary.SetSiret(cleanSiret);
        beneficiary.SetRna(string.IsNullOrWhiteSpace(rna) ? null : rna.Trim().ToUpperInvariant());
        db.Beneficiaries.Add(beneficiary);
        await audit.SaveAndRecordAsync(db, user, "beneficiaire.creation", nameof(Beneficiary), id.ToString(), null,
            new { beneficiary.Name, beneficiary.Siret, beneficiary.Rna, LegalForm = form.ToString() }, ct);
        return new(true, $"Bénéficiaire « {beneficiary.Name} » enregistré.");
    }

    public async Task<CommandResult> SignConventionAsync(ClaimsPrincipal user, Guid grantId, DateOnly on, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant?.Convention is null)
        {
            return new(false, "Ce dossier n'a pas de convention.");
        }

        var before = grant.Convention.SignedOn;
        grant.Convention.Sign(on);
        await audit.SaveAndRecordAsync(db, user, "convention.signature", "Convention", grant.Convention.Id.ToString(), new { SignedOn = before }, new { SignedOn = on }, ct);
        return new(true, $"Signature de la convention enregistrée au {French.Date(on)}.");
    }

    public async Task<CommandResult> NotifyAsync(ClaimsPrincipal user, Guid grantId, DateOnly on, CancellationToken ct)
    {
        var grant = await db.GrantFiles.FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null)
        {
            return new(false, "Dossier introuvable.");
        }

        try
        {
            var before = grant.NotifiedOn;
            grant.Notify(on);
            await audit.SaveAndRecordAsync(db, user, "subvention.notification", nameof(GrantFile), grant.Id.ToString(), new { NotifiedOn = before }, new { NotifiedOn = on }, ct);
            return new(true, $"Notification enregistrée au {French.Date(on)}.");
        }
        catch (InvalidOperationException e)
        {
            return new(false, e.Message);
        }
    }

    public async Task<CommandResult> ReceiveDocumentAsync(ClaimsPrincipal user, Guid grantId, DocumentKind kind, DateOnly on, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null)
        {
            return new(false, "Dossier introuvable.");
        }

        var document = grant.ReceiveDocument(kind, on);
        await audit.SaveAndRecordAsync(db, user, "subvention.piece", nameof(GrantFile), grant.Id.ToString(), null, new { Kind = kind.ToString(), ReceivedOn = on, document.Id }, ct);
        return new(true, $"{ReceivedDocument.NameOf(kind)} reçu le {French.Date(on)}.");
    }

    /// <summary>A payment order (mandat): accepted only when its condition is met and the ceiling holds.</summary>
    public async Task<CommandResult> OrderPaymentAsync(ClaimsPrincipal user, Guid grantId, Guid instalmentId, decimal amount, DateOnly on, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant?.Schedule is null)
        {
            return new(false, "Ce dossier n'a pas d'échéancier de versement.");
        }

        var decision = grant.OrderPayment(instalmentId, amount, on, FrenchCalendar.Metropolitan);
        if (!decision.Accepted)
        {
            return new(false, decision.Message);
        }

        if (grant.EnvelopeId is { } envelopeId
            && await db.Envelopes.Include(e => e.Charges).FirstOrDefaultAsync(e => e.Id == envelopeId, ct) is { } envelope
            && envelope.Charges.Any(c => c.GrantFileId == grant.Id))
        {
            envelope.RecordPayment(grant.Id, amount);
        }

        await audit.SaveAndRecordAsync(db, user, "subvention.mandat", nameof(GrantFile), grant.Id.ToString(), null,
            new { InstalmentId = instalmentId, Amount = amount, IssuedOn = on, OrderId = decision.Order!.Id }, ct);
        return new(true, decision.Message);
    }
}
