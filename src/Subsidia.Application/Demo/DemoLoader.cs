using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Imports;
using Subsidia.Data;
using Subsidia.Data.Demo;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Application.Demo;

/// <summary>What loading the demo did; <paramref name="GrantsAdded"/> counts the imported seed grant files completed by this load.</summary>
public sealed record DemoLoad(IReadOnlyList<ImportedFile> Files, int GrantsAdded)
{
    /// <summary>Sittings stored by this load (0 when the demo was already there).</summary>
    public int SittingsAdded => Files.Count(f => f.Outcome == "importé");
}

/// <summary>
/// Loads the demonstration: the two seed register extracts are imported through the document reader, exactly as
/// an authority imports its registers (filed under the demo authority); the import creates the two seed grant files
/// from what the documents state, and the loader completes them with what the documents do not state
/// (docs/decisions/0009, 0014). Idempotent: a second load changes nothing.
/// </summary>
public static class DemoLoader
{
    /// <summary>The seed extracts, copied beside the application.</summary>
    public static IReadOnlyList<string> SeedFiles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Demo", "Seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();

    public static async Task<DemoLoad> LoadAsync(SubsidiaDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var authority = await db.Authorities.FirstOrDefaultAsync(a => a.Id == GrandBesanconSeeds.AuthorityId, ct);
        if (authority is null)
        {
            authority = GrandBesanconSeeds.Authority();
            db.Authorities.Add(authority);
            await db.SaveChangesAsync(ct);
        }

        var service = new ImportService(db, clock);
        var files = new List<ImportedFile>();
        foreach (var file in SeedFiles())
        {
            var result = await service.ImportAsync(file, authority, ct);
            if (result.Outcome is not ("importé" or "déjà importé"))
            {
                throw new InvalidOperationException($"Démonstration : {result.File} n'a pas pu être importé ({string.Join(" ; ", result.Notes)}).");
            }

            files.Add(result);
        }

        var completed = 0;
        foreach (var (grantId, act, build) in new (Guid, string, Func<SeedCase, SeedGrant>)[]
                 {
                     (GrandBesanconGrants.Pole2012Id, GrandBesanconGrants.Pole2012Act, GrandBesanconGrants.Pole2012),
                     (GrandBesanconGrants.Cmq2024Id, GrandBesanconGrants.Cmq2024Act, GrandBesanconGrants.Cmq2024),
                 })
        {
            // The import created the grant file from the document (beneficiary, decision, schedule, budget tree).
            var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == grantId, ct)
                ?? throw new InvalidOperationException($"Démonstration : la subvention de l'acte {act} n'a pas été lue dans les extraits de démonstration.");
            if (grant.Convention is not null)
            {
                continue;
            }

            var decision = await DecisionOfAsync(db, act, ct)
                ?? throw new InvalidOperationException($"Démonstration : l'acte {act} n'a pas été lu dans les extraits de démonstration.");
            var itemId = decision.Sitting.Items.Single(i => i.ActNumber == act).Id;
            var item = await db.AgendaItems.SingleAsync(i => i.Id == itemId, ct);
            item.Classify(item.Matter ?? GrandBesanconGrants.DecisionMatter);
            var beneficiary = await db.Beneficiaries.Include(b => b.History).SingleAsync(b => b.Id == grant.BeneficiaryId, ct);
            var seed = build(decision);
            if (!await db.BudgetProgrammes.AnyAsync(p => p.Id == seed.Programme.Id, ct))
            {
                db.BudgetProgrammes.Add(seed.Programme);
            }

            Complete(grant, beneficiary, seed);
            completed++;
        }

        await db.SaveChangesAsync(ct);
        return new DemoLoad(files, completed);
    }

    /// <summary>
    /// Completes an imported seed grant with what the seed documents do not state, or state where the reader does not
    /// look (docs/decisions/0009): the request form, the beneficiary's legal form, representative and earlier grants, the
    /// envelope, the action programme, the convention's parties and clauses, and on the budget tree the funders' kinds,
    /// the authority's own lines, contributions in kind and printed shares. Labels and amounts stay as read.
    /// </summary>
    private static void Complete(GrantFile grant, Beneficiary beneficiary, SeedGrant seed)
    {
        var hand = seed.Grant;
        grant.ReviseRequest(hand.Request);
        if (grant.Instruction is null && hand.Instruction is { } instruction)
        {
            grant.Instruct(instruction);
        }

        beneficiary.Rename(beneficiary.Name, beneficiary.ShortName ?? seed.Beneficiary.ShortName);
        beneficiary.SetLegalForm(seed.Beneficiary.LegalForm);
        beneficiary.SetRepresentative(seed.Beneficiary.Representative);
        foreach (var earlier in seed.Beneficiary.History.Where(h => h.GrantFileId is null))
        {
            if (!beneficiary.History.Any(h => h.Year == earlier.Year && h.FunderId == earlier.FunderId && h.Amount == earlier.Amount))
            {
                beneficiary.RecordGrant(earlier.Year, earlier.FunderId, earlier.FunderName, earlier.Amount, earlier.GrantedOn);
            }
        }

        grant.ChargeTo(seed.Envelope.Id);
        if (hand.Programme is { } programme)
        {
            grant.AttachProgramme(programme);
        }

        if (hand.Convention is { } convention)
        {
            grant.AttachConvention(convention);
        }

        if (grant.Budget is { } read && hand.Budget is { } transcribed)
        {
            read.StatePublicShare(transcribed.StatedPublicSharePercent);
            var sections = transcribed.Sections.ToList();
            foreach (var section in read.Sections)
            {
                var handSection = sections.FirstOrDefault(h => h.ExpenseTotal == section.ExpenseTotal && h.RevenueTotal == section.RevenueTotal);
                if (handSection is null)
                {
                    continue;
                }

                sections.Remove(handSection);
                CompleteLines(section.Expenses.ToList(), handSection.Expenses.ToList());
                CompleteLines(section.Revenues.ToList(), handSection.Revenues.ToList());
            }
        }
    }

    /// <summary>
    /// Pairs each read line with its transcription: the same label (without case or accents) and amount, else the only
    /// transcribed line of that amount; a line without a sure pair is left as read.
    /// </summary>
    private static void CompleteLines(IReadOnlyList<BudgetLine> read, IReadOnlyList<BudgetLine> transcribed)
    {
        var left = transcribed.ToList();
        foreach (var line in read.OrderBy(l => left.Any(h => SameLabel(h, l) && h.Amount == l.Amount) ? 0 : 1))
        {
            var hand = left.FirstOrDefault(h => SameLabel(h, line) && h.Amount == line.Amount)
                ?? (left.Count(h => h.Amount == line.Amount) == 1 ? left.Single(h => h.Amount == line.Amount) : null);
            if (hand is null)
            {
                continue;
            }

            left.Remove(hand);
            line.Complete(hand.Funder, hand.IsGrantingAuthority, hand.Nature, hand.StatedSharePercent, hand.Note);
            CompleteLines(line.Children, hand.Children);
        }
    }

    private static bool SameLabel(BudgetLine a, BudgetLine b) =>
        string.Equals(PersonName.Normalise(a.Label), PersonName.Normalise(b.Label), StringComparison.Ordinal);

    /// <summary>The stored sitting (with its body and authority) whose agenda holds <paramref name="act"/>.</summary>
    private static async Task<SeedCase?> DecisionOfAsync(SubsidiaDbContext db, string act, CancellationToken ct)
    {
        var sitting = await db.SittingsWithEverything().AsNoTracking().FirstOrDefaultAsync(s => s.Items.Any(i => i.ActNumber == act), ct);
        if (sitting is null)
        {
            return null;
        }

        var assembly = await db.Assemblies.AsNoTracking().SingleAsync(a => a.Id == sitting.AssemblyId, ct);
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == assembly.AuthorityId, ct);
        return new SeedCase(authority, assembly, sitting);
    }
}
