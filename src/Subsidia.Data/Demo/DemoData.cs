using Microsoft.EntityFrameworkCore;

namespace Subsidia.Data.Demo;

/// <summary>Loads the two seed cases into an empty database; does nothing when they are already there.</summary>
public static class DemoData
{
    /// <summary>Returns the number of sittings added (0 when the demo data was already loaded).</summary>
    public static async Task<int> LoadAsync(SubsidiaDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cases = new[] { GrandBesanconSeeds.Council2012(), GrandBesanconSeeds.Bureau2024() };
        var added = 0;
        if (!await db.Authorities.AnyAsync(a => a.Id == GrandBesanconSeeds.AuthorityId, cancellationToken))
        {
            db.Authorities.Add(cases[0].Authority);
        }

        foreach (var seed in cases)
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

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
