using Microsoft.EntityFrameworkCore;
using Subsidia.Application.Imports;
using Subsidia.Data;
using Subsidia.Data.Demo;

namespace Subsidia.Application.Demo;

/// <summary>What loading the demo did.</summary>
public sealed record DemoLoad(IReadOnlyList<ImportedFile> Files, int GrantsAdded)
{
    /// <summary>Sittings stored by this load (0 when the demo was already there).</summary>
    public int SittingsAdded => Files.Count(f => f.Outcome == "importé");
}

/// <summary>
/// Loads the demonstration: the two seed register extracts are imported through the document reader, exactly as
/// an authority imports its registers (filed under the demo authority), then the two seed grant files are attached
/// to the acts the reader found (docs/decisions/0009). Idempotent: a second load changes nothing.
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

        var added = 0;
        foreach (var (grantId, act, build) in new (Guid, string, Func<SeedCase, SeedGrant>)[]
                 {
                     (GrandBesanconGrants.Pole2012Id, GrandBesanconGrants.Pole2012Act, GrandBesanconGrants.Pole2012),
                     (GrandBesanconGrants.Cmq2024Id, GrandBesanconGrants.Cmq2024Act, GrandBesanconGrants.Cmq2024),
                 })
        {
            if (await db.GrantFiles.AnyAsync(g => g.Id == grantId, ct))
            {
                continue;
            }

            var decision = await DecisionOfAsync(db, act, ct)
                ?? throw new InvalidOperationException($"Démonstration : l'acte {act} n'a pas été lu dans les extraits de démonstration.");
            var itemId = decision.Sitting.Items.Single(i => i.ActNumber == act).Id;
            var item = await db.AgendaItems.SingleAsync(i => i.Id == itemId, ct);
            item.Classify(item.Matter ?? GrandBesanconGrants.DecisionMatter);
            var seed = build(decision);
            if (!await db.Beneficiaries.AnyAsync(b => b.Id == seed.Beneficiary.Id, ct))
            {
                db.Beneficiaries.Add(seed.Beneficiary);
            }

            if (!await db.BudgetProgrammes.AnyAsync(p => p.Id == seed.Programme.Id, ct))
            {
                db.BudgetProgrammes.Add(seed.Programme);
            }

            db.GrantFiles.Add(seed.Grant);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return new DemoLoad(files, added);
    }

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
