using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Data.Demo;

namespace Subsidia.Testing;

/// <summary>
/// Stores the hand transcription of the two seed cases (sittings and grants) without the reader, for persistence
/// tests; does nothing for what is already there. The application's demo comes from the reader (DemoLoader).
/// </summary>
public static class TranscribedSeeds
{
    /// <summary>Returns the number of sittings added (0 when the demo data was already loaded).</summary>
    public static async Task<int> LoadAsync(SubsidiaDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var council = GrandBesanconSeeds.Council2012();
        var bureau = GrandBesanconSeeds.Bureau2024();
        var grants = new[] { GrandBesanconGrants.Pole2012(council), GrandBesanconGrants.Cmq2024(bureau) };
        var added = 0;
        if (!await db.Authorities.AnyAsync(a => a.Id == GrandBesanconSeeds.AuthorityId, cancellationToken))
        {
            db.Authorities.Add(council.Authority);
        }

        foreach (var seed in new[] { council, bureau })
        {
            if (await db.Sittings.AnyAsync(s => s.Id == seed.Sitting.Id, cancellationToken))
            {
                continue;
            }

            if (!await db.Assemblies.AnyAsync(a => a.Id == seed.Assembly.Id, cancellationToken))
            {
                db.Assemblies.Add(seed.Assembly);
            }

            db.Sittings.Add(seed.Sitting);
            added++;
        }

        foreach (var seed in grants)
        {
            if (await db.GrantFiles.AnyAsync(g => g.Id == seed.Grant.Id, cancellationToken))
            {
                continue;
            }

            if (!await db.Beneficiaries.AnyAsync(b => b.Id == seed.Beneficiary.Id, cancellationToken))
            {
                db.Beneficiaries.Add(seed.Beneficiary);
            }

            if (!await db.BudgetProgrammes.AnyAsync(p => p.Id == seed.Programme.Id, cancellationToken))
            {
                db.BudgetProgrammes.Add(seed.Programme);
            }

            db.GrantFiles.Add(seed.Grant);
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
