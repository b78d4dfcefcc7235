using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Domain.Findings;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Payments;
using BudgetEntry = Subsidia.Reading.Model.BudgetEntry;
using ExtractDocument = Subsidia.Reading.Model.ExtractDocument;
using GrantEntry = Subsidia.Reading.Model.GrantEntry;
using Subsidia.Reading.Text;

namespace Subsidia.Application.Imports;

/// <summary>What the import did with the grant a document decides.</summary>
/// <param name="Act">The deciding act's number, when it was determined.</param>
/// <param name="Beneficiary">The beneficiary as stored (or as read when nothing was stored).</param>
/// <param name="Amount">The amount granted as read; null when unreadable.</param>
/// <param name="Outcome">"créé", "reconnu" (already stored) or "non créé".</param>
/// <param name="GrantFileId">The grant file stored or matched.</param>
/// <param name="ToComplete">What the grants officer must complete in the grant form (docs/decisions/0014).</param>
public sealed record DocumentGrant(string? Act, string? Beneficiary, decimal? Amount, string Outcome, Guid? GrantFileId, IReadOnlyList<string> ToComplete);

/// <summary>The grant part of one document's import: counts, notes and the grant itself.</summary>
internal sealed record GrantImportResult(int Created, int Matched, int Skipped, IReadOnlyList<string> Notes, DocumentGrant? Grant);

/// <summary>
/// Creates the grant file a deliberation decides from what the document states (docs/decisions/0014): the beneficiary
/// (matched by normalised name, else created without a SIRET), the decision (amount granted, deciding act), the payment
/// schedule, the forecast budget tree. Nothing is guessed: what the document does not state stays unknown and is listed
/// as "à compléter"; a grant whose beneficiary, amount or deciding act cannot be read is not created at all.
/// </summary>
internal sealed class GrantImporter(SubsidiaDbContext db)
{
    public async Task<GrantImportResult> ImportAsync(ExtractDocument extract, Authority authority, Assembly assembly, Sitting sitting, CancellationToken ct)
    {
        if (extract.Grant is not { } read)
        {
            return new GrantImportResult(0, 0, 0, [], null);
        }

        var item = DecidingItem(sitting);
        var unreadable = new List<string>();
        if (string.IsNullOrWhiteSpace(read.Beneficiary))
        {
            unreadable.Add("le bénéficiaire n'est pas nommé");
        }

        if (read.Amount is not > 0m)
        {
            unreadable.Add("le montant accordé est illisible ou absent");
        }

        if (item is null)
        {
            unreadable.Add("l'acte qui décide la subvention n'a pas pu être déterminé");
        }

        if (unreadable.Count > 0)
        {
            var message = $"Subvention non créée : {French.List(unreadable)} (rien n'est deviné ; à saisir dans le formulaire de subvention).";
            return new GrantImportResult(0, 0, 1, [$"Constat {FindingCodes.UnreadableValue} : {message}"],
                new DocumentGrant(item?.ActNumber, read.Beneficiary, read.Amount, "non créé", null, []));
        }

        var act = item!.ActNumber!;
        var amount = read.Amount!.Value;
        var id = StableId.For("grant", act);
        var (name, shortName, legalForm) = BeneficiaryName(read.Beneficiary!);
        var existing = await db.GrantFiles.AsNoTracking().Where(g => g.Id == id).Select(g => new { g.BeneficiaryId }).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            var known = await db.Beneficiaries.AsNoTracking().Where(b => b.Id == existing.BeneficiaryId).Select(b => b.Name).FirstOrDefaultAsync(ct);
            return new GrantImportResult(0, 1, 1, [$"Subvention de la délibération n° {act} déjà enregistrée : rien n'a changé."],
                new DocumentGrant(act, known ?? name, amount, "reconnu", id, []));
        }

        var notes = new List<string>();
        int created = 0, matched = 0;
        var beneficiary = await FindBeneficiaryAsync(name, shortName, ct);
        if (beneficiary is null)
        {
            beneficiary = new Beneficiary(StableId.For("beneficiary-name", PersonName.Normalise(name)), name, legalForm);
            beneficiary.Rename(name, shortName);
            db.Beneficiaries.Add(beneficiary);
            created++;
            notes.Add($"Bénéficiaire créé : {name} (sans SIRET : le document n'en donne pas).");
        }
        else
        {
            matched++;
            notes.Add($"Bénéficiaire reconnu : {beneficiary.Name}.");
        }

        var request = new GrantRequest(Clip(item.Title, 1000) ?? $"Subvention attribuée par la délibération n° {act}",
            read.AmountRequested is > 0m ? read.AmountRequested : null, null, null);
        var grant = new GrantFile(id, authority.Id, beneficiary.Id, request);
        if (!string.IsNullOrWhiteSpace(item.Committee))
        {
            grant.Instruct(new GrantInstruction(item.Committee, item.CommitteeDate, item.CommitteeOpinion));
        }

        grant.Decide(new GrantDecision(sitting.Id, item.Id, item.Number, act, assembly.Name, assembly.Kind, sitting.Date, amount,
            item.PublishedOn ?? sitting.PublishedOn, item.PrefectureReceivedOn));
        beneficiary.RecordGrant(sitting.Date.Year, authority.Id, authority.Name, amount, sitting.Date, grant.Id);

        if (Schedule(read, act, amount, notes) is { } schedule)
        {
            grant.AttachSchedule(schedule);
        }

        if (Budget(extract.Budget, act, notes) is { } budget)
        {
            grant.AttachBudget(budget);
            foreach (var finding in budget.Check(amount))
            {
                notes.Add($"Constat {finding.Code} (budget prévisionnel) : {finding.Message}");
            }
        }

        ConventionFacts(read, notes);
        db.GrantFiles.Add(grant);
        created++;
        var toComplete = grant.ToComplete(beneficiary);
        notes.Insert(0, $"Dossier de subvention créé : {beneficiary.Name}, {French.Money(amount)} (délibération n° {act}).");
        if (toComplete.Count > 0)
        {
            notes.Add($"À compléter par l'instructeur : {French.List(toComplete)}.");
        }

        return new GrantImportResult(created, matched, 0, notes, new DocumentGrant(act, beneficiary.Name, amount, "créé", id, toComplete));
    }

    /// <summary>The act that decides the grant: the only numbered act of the document, else the only one about a subsidy.</summary>
    private static AgendaItem? DecidingItem(Sitting sitting)
    {
        var acts = sitting.Items.Where(i => !string.IsNullOrWhiteSpace(i.ActNumber)).ToList();
        if (acts.Count == 1)
        {
            return acts[0];
        }

        var about = acts.Where(i => FrenchText.Fold(i.Title).Contains("subvention", StringComparison.Ordinal)).ToList();
        return about.Count == 1 ? about[0] : null;
    }

    /// <summary>The name as the document writes it, its short form in brackets ("(CMQ MSI)") and the legal form it states.</summary>
    private static (string Name, string? ShortName, LegalForm Form) BeneficiaryName(string read)
    {
        var name = FrenchText.CollapseSpaces(read).Trim().TrimEnd('.', ',', ';');
        string? shortName = null;
        var bracket = Regex.Match(name, @"^(?<name>.+?)\s*\((?<short>[^()]{2,60})\)$");
        if (bracket.Success)
        {
            name = bracket.Groups["name"].Value.Trim();
            shortName = bracket.Groups["short"].Value.Trim();
        }

        // "l'association Les Amis du Lavoir": the article is the sentence's, not the name's.
        name = Regex.Replace(name, @"^(?:l'|la\s+|le\s+)(?=(?:association|fondation|fonds)\b)", "", RegexOptions.IgnoreCase);
        name = char.ToUpper(name[0], CultureInfo.GetCultureInfo("fr-FR")) + name[1..];
        var folded = FrenchText.Fold(name);
        var form = folded.StartsWith("association", StringComparison.Ordinal) ? LegalForm.Association
            : folded.StartsWith("fondation", StringComparison.Ordinal) || folded.StartsWith("fonds de dotation", StringComparison.Ordinal) ? LegalForm.Foundation
            : LegalForm.Other;
        return (Clip(name, 300)!, Clip(shortName, 100), form);
    }

    /// <summary>A stored beneficiary of that name or short name (compared without case, accents or punctuation).</summary>
    private async Task<Beneficiary?> FindBeneficiaryAsync(string name, string? shortName, CancellationToken ct)
    {
        var byId = await db.Beneficiaries.Include(b => b.History).FirstOrDefaultAsync(b => b.Id == StableId.For("beneficiary-name", PersonName.Normalise(name)), ct);
        if (byId is not null)
        {
            return byId;
        }

        var keys = new[] { name, shortName }.OfType<string>().Select(PersonName.Normalise).ToHashSet(StringComparer.Ordinal);
        var candidates = await db.Beneficiaries.AsNoTracking().Select(b => new { b.Id, b.Name, b.ShortName }).ToListAsync(ct);
        var match = candidates.FirstOrDefault(b => keys.Contains(PersonName.Normalise(b.Name)))
            ?? (shortName is null ? null : candidates.FirstOrDefault(b => b.ShortName is { } s && keys.Contains(PersonName.Normalise(s))));
        return match is null ? null : await db.Beneficiaries.Include(b => b.History).SingleAsync(b => b.Id == match.Id, ct);
    }

    /// <summary>The payment article as a schedule; null (with a note) when an instalment's condition or amount cannot be read.</summary>
    private static PaymentSchedule? Schedule(GrantEntry read, string act, decimal amount, List<string> notes)
    {
        if (read.Instalments.Count == 0)
        {
            notes.Add("Aucune modalité de versement lue : échéancier à saisir.");
            return null;
        }

        var deadline = read.Deadlines.FirstOrDefault(d => d.Kind == "paymentRequest");
        var months = deadline?.Period is { } period ? Months(period) : null;
        if (deadline is not null && months is null)
        {
            notes.Add($"Délai de demande de paiement « {deadline.Text} » non exprimé en mois ou en années : à saisir.");
        }

        try
        {
            var schedule = new PaymentSchedule(StableId.For("schedule", act), amount, months, Clip(deadline?.Text, 500));
            foreach (var instalment in read.Instalments)
            {
                PaymentCondition? condition = instalment.Condition switch
                {
                    "signature" => PaymentCondition.Signature,
                    "interimReport" => PaymentCondition.InterimReports,
                    "finalReport" => PaymentCondition.FinalReports,
                    _ => null,
                };
                var label = Capitalised(Clip(instalment.Text, 300) ?? "Versement");
                if (condition is null)
                {
                    notes.Add($"Versement « {instalment.Text} » : condition non reconnue ; échéancier non créé, à saisir.");
                    return null;
                }

                if (instalment.Balance)
                {
                    schedule.AddBalance(label, condition.Value);
                }
                else if (instalment.Share is { } share)
                {
                    schedule.AddShare(label, share, condition.Value, instalment.Optional);
                }
                else if (instalment.Amount is { } fixedAmount)
                {
                    schedule.AddAmount(label, fixedAmount, condition.Value, instalment.Optional);
                }
                else
                {
                    notes.Add($"Versement « {instalment.Text} » : ni part ni montant lisible ; échéancier non créé, à saisir.");
                    return null;
                }
            }

            foreach (var (instalment, planned) in read.Instalments.Zip(schedule.Instalments))
            {
                if (instalment.Amount is { } stated && stated != schedule.PlannedAmount(planned))
                {
                    notes.Add($"Constat {FindingCodes.AmountSumMismatch} : le versement « {instalment.Text} » annonce {French.Money(stated)}, sa part donne {French.Money(schedule.PlannedAmount(planned))}.");
                }
            }

            return schedule;
        }
        catch (ArgumentException e)
        {
            notes.Add($"Échéancier non créé ({e.Message}) : à saisir.");
            return null;
        }
        catch (InvalidOperationException e)
        {
            notes.Add($"Échéancier non créé ({e.Message}) : à saisir.");
            return null;
        }
    }

    private static int? Months(string period)
    {
        var m = Regex.Match(period, @"^P(?<n>\d+)(?<u>[YM])$");
        if (!m.Success)
        {
            return null;
        }

        var n = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        return m.Groups["u"].Value == "Y" ? n * 12 : n;
    }

    /// <summary>The budget tables read as trees; revenue lines keep an unknown funder kind (the document does not classify them).</summary>
    private static ForecastBudget? Budget(BudgetEntry? read, string act, List<string> notes)
    {
        if (read is null || read.Sections.Count == 0)
        {
            return null;
        }

        var budget = new ForecastBudget(StableId.For("forecast-budget", act), "Budget prévisionnel", read.Total);
        var deep = false;
        foreach (var s in read.Sections)
        {
            var section = budget.AddSection(Clip(s.Name, 200) ?? "Section", s.ExpensesTotal, s.RevenuesTotal);
            foreach (var line in s.Expenses)
            {
                deep |= AddChildren(section.AddExpense(Clip(line.Label, 300)!, line.Amount), line.Children, 2);
            }

            foreach (var line in s.Revenues)
            {
                deep |= AddChildren(section.AddRevenue(Clip(line.Label, 300)!, line.Amount, funder: null), line.Children, 2);
            }
        }

        if (deep)
        {
            notes.Add("Budget prévisionnel : les lignes au-delà de trois niveaux ne sont pas enregistrées (leur parent garde son montant).");
        }

        return budget;
    }

    /// <summary>Adds the sub-lines down to the third level; true when deeper lines were left out.</summary>
    private static bool AddChildren(BudgetLine parent, List<Subsidia.Reading.Model.BudgetLine> children, int level)
    {
        if (children.Count == 0)
        {
            return false;
        }

        if (level > 3)
        {
            return true;
        }

        var deep = false;
        foreach (var child in children)
        {
            deep |= AddChildren(parent.AddChild(Clip(child.Label, 300)!, child.Amount), child.Children, level + 1);
        }

        return deep;
    }

    /// <summary>The convention's dated facts the document states, reported for the convention the grants officer records.</summary>
    private static void ConventionFacts(GrantEntry read, List<string> notes)
    {
        var facts = read.Deadlines.Where(d => d.Kind != "paymentRequest").Select(d => d.Kind switch
        {
            "end" when d.On is { } on => $"fin le {French.Date(DateOnly.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture))}",
            "reports" when d.On is { } on => $"comptes rendus finaux au plus tard le {French.Date(DateOnly.ParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture))}",
            "interimReview" when d.On is { } on => $"bilan intermédiaire en {on[5..]}/{on[..4]}",
            "retention" when d.Period is { } p && Months(p) is { } months => $"pièces conservées {French.Plural(months / 12, "an", "ans")}",
            _ => $"« {d.Text} »",
        }).ToList();
        if (facts.Count > 0)
        {
            notes.Add($"Convention : {string.Join(" ; ", facts)} (lu dans le document, à reporter dans la convention).");
        }
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.GetCultureInfo("fr-FR")) + s[1..];

    private static string? Clip(string? s, int max)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }

        var t = FrenchText.CollapseSpaces(s).Trim();
        return t.Length <= max ? t : t[..(max - 1)] + "…";
    }
}
