using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Grants;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Envelopes;

namespace Subsidia.Web.Features.Grants;

/// <summary>
/// The outcome of a programme command: what was created (its id) or why nothing was, and the field the reason is
/// about when it is about one (<see cref="AmendmentFields"/>).
/// </summary>
public sealed record ProgrammeResult(Guid? Id, string Message, string? Field = null)
{
    public bool Done => Id is not null;
}

public sealed partial class GrantCommands
{
    /// <summary>Creates a budget programme (PPIF, AP/CP, AE/CP) of an authority over its years; the domain checks the period.</summary>
    public async Task<ProgrammeResult> CreateProgrammeAsync(ClaimsPrincipal user, Guid? authorityId, string? name, ProgrammeKind kind, int? firstYear, int? lastYear,
        CancellationToken ct)
    {
        if (authorityId is not { } authority || !await db.Authorities.AnyAsync(a => a.Id == authority, ct))
        {
            return new(null, "Choisissez la collectivité du programme.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new(null, "Le nom du programme est obligatoire (par exemple « Soutien compétitivité »).");
        }

        if (firstYear is not { } first || lastYear is not { } last || first is < 1990 or > 2100 || last is < 1990 or > 2100)
        {
            return new(null, "Indiquez la première et la dernière année du programme (quatre chiffres).");
        }

        BudgetProgramme programme;
        try
        {
            programme = new BudgetProgramme(Guid.NewGuid(), authority, name, kind, first, last);
        }
        catch (ArgumentException e)
        {
            return new(null, FirstSentence(e.Message));
        }

        db.BudgetProgrammes.Add(programme);
        await audit.SaveAndRecordAsync(db, user, "programme.creation", nameof(BudgetProgramme), programme.Id.ToString(), null,
            new { programme.Name, Kind = kind.ToString(), programme.FirstYear, programme.LastYear, AuthorityId = authority }, ct);
        return new(programme.Id, $"Programme {programme.Label} enregistré.");
    }

    /// <summary>Opens the envelope of one year of a programme, with the credits voted in a budget document (BP, BS or DM).</summary>
    public async Task<ProgrammeResult> OpenEnvelopeAsync(ClaimsPrincipal user, Guid programmeId, int? year, BudgetStage stage, string? amount, CancellationToken ct)
    {
        var programme = await db.BudgetProgrammes.Include(p => p.Envelopes).FirstOrDefaultAsync(p => p.Id == programmeId, ct);
        if (programme is null)
        {
            return new(null, "Ce programme n'existe pas.");
        }

        if (year is not { } y)
        {
            return new(null, "Indiquez l'année de l'enveloppe.");
        }

        if (!BudgetDrafts.TryMoney(amount, out var credits) || credits is not { } value || value <= 0)
        {
            return new(null, $"Crédits votés : « {amount} » n'est pas un montant en euros positif (exemple : 360 000,00).");
        }

        if (programme.Envelopes.Any(e => e.Year == y))
        {
            return new(null, $"L'enveloppe {y} de ce programme existe déjà : ses crédits se modifient par un budget supplémentaire ou une décision modificative.");
        }

        Envelope envelope;
        try
        {
            envelope = programme.OpenEnvelope(Guid.NewGuid(), y, stage, value);
        }
        catch (ArgumentException e)
        {
            return new(null, FirstSentence(e.Message));
        }

        db.Envelopes.Add(envelope);
        await audit.SaveAndRecordAsync(db, user, "enveloppe.ouverture", nameof(Envelope), envelope.Id.ToString(), null,
            new { ProgrammeId = programme.Id, envelope.Year, Stage = stage.ToString(), envelope.Amount }, ct);
        return new(envelope.Id, $"Enveloppe {envelope.BudgetLabel} ouverte : {French.Money(value)}.");
    }

    /// <summary>
    /// Changes the credits of an envelope by a signed amount ("-5 000,00", "12 500") voted in a budget supplémentaire or a
    /// décision modificative, dated today; the domain refuses a decrease below what is committed.
    /// </summary>
    public async Task<ProgrammeResult> AmendEnvelopeAsync(ClaimsPrincipal user, Guid programmeId, Guid envelopeId, BudgetStage stage, string? amount,
        string? reference, CancellationToken ct)
    {
        var envelope = await db.Envelopes.Include(e => e.Charges).Include(e => e.Amendments).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == envelopeId && e.ProgrammeId == programmeId, ct);
        if (envelope is null)
        {
            return new(null, "Cette enveloppe n'existe pas dans ce programme.");
        }

        const string Examples = "(exemples : 12 500 pour augmenter les crédits, -5 000,00 pour les diminuer)";
        if (!BudgetDrafts.TryMoney(amount, out var parsed) || parsed is not { } change)
        {
            return new(null, string.IsNullOrWhiteSpace(amount)
                ? $"Indiquez le montant de la modification {Examples}."
                : $"Montant de la modification : « {amount} » n'est pas un montant en euros {Examples}.", AmendmentFields.Amount);
        }

        var before = new { envelope.Amount, Amendments = envelope.Amendments.Count };
        EnvelopeAmendment amendment;
        try
        {
            amendment = envelope.Amend(Guid.NewGuid(), stage, change, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), reference);
        }
        catch (ArgumentException e)
        {
            return new(null, FirstSentence(e.Message), e.ParamName switch
            {
                "stage" => AmendmentFields.Stage,
                "reference" => AmendmentFields.Reference,
                _ => AmendmentFields.Amount,
            });
        }
        catch (InvalidOperationException e)
        {
            return new(null, e.Message, AmendmentFields.Amount);
        }

        try
        {
            await audit.SaveAndRecordAsync(db, user, "enveloppe.modification", nameof(Envelope), envelope.Id.ToString(), before,
                new { envelope.Amount, amendment.Rank, Stage = stage.ToString(), amendment.Change, amendment.AmendedOn, amendment.Reference }, ct);
        }
        catch (DbUpdateException)
        {
            // The unique (envelope, rank) refused it: another amendment of the same credits was saved meanwhile.
            return new(null, "Les crédits de cette enveloppe viennent d'être modifiés par ailleurs : vérifiez-les ci-dessous et recommencez si besoin.",
                AmendmentFields.Amount);
        }

        var direction = change > 0 ? $"augmentés de {French.Money(change)}" : $"diminués de {French.Money(-change)}";
        return new(amendment.Id,
            $"Crédits de l'enveloppe {envelope.BudgetLabel} {direction} ({BudgetStages.Name(stage).ToLower(French.Culture)}) : {French.Money(envelope.Amount)}.");
    }

    /// <summary>ArgumentException messages end with " (Parameter 'x')": the French sentence only.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}

/// <summary>The fields of the form that amends an envelope, as a refusal names them.</summary>
public static class AmendmentFields
{
    public const string Stage = "stage";
    public const string Amount = "amount";
    public const string Reference = "reference";
}
