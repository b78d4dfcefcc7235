using Microsoft.EntityFrameworkCore;
using Subsidia.Data.Demo;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

/// <summary>A budget tree reads back in the order it was written (the lines' stored position).</summary>
public class BudgetOrderTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task BudgetTree_StoredAndLoaded_KeepsItsOrder(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var grantId = Guid.NewGuid();
        List<string> written;
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
            var beneficiary = await db.Beneficiaries.Select(b => b.Id).FirstAsync();
            var grant = new GrantFile(grantId, GrandBesanconSeeds.AuthorityId, beneficiary, new GrantRequest("Budget en ordre", 1_000m, null, null));
            var budget = new ForecastBudget(Guid.NewGuid(), "Budget prévisionnel");
            var section = budget.AddSection("Fonctionnement");
            // Labels in reverse alphabetical order and random ids: neither gives the written order back.
            for (var i = 0; i < 12; i++)
            {
                var line = section.AddExpense($"Charge {(char)('Z' - i)}", null);
                for (var c = 0; c < 4; c++)
                {
                    var child = line.AddChild($"Sous-ligne {(char)('Z' - i)}{(char)('z' - c)}", 10m * (c + 1));
                    child.AddChild($"Détail {(char)('Z' - i)}{(char)('z' - c)}", 10m * (c + 1));
                }
            }

            section.AddRevenue("Commune", 500m, FunderKind.Public, grantingAuthority: true);
            section.AddRevenue("Autofinancement", 500m, FunderKind.Private);
            grant.AttachBudget(budget);
            db.GrantFiles.Add(grant);
            await db.SaveChangesAsync();
            written = Flatten(budget);

            // Lines added to a stored tree come after the others.
            section.Lines[0].AddChild("Ajoutée en dernier", 1m);
            await db.SaveChangesAsync();
            written = Flatten(budget);
        }

        using (var db = database.Open())
        {
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == grantId);
            Assert.Equal(written, Flatten(grant.Budget!));
        }
    }

    private static List<string> Flatten(ForecastBudget budget) =>
        budget.Sections.OrderBy(s => s.Order).SelectMany(s => s.Lines).SelectMany(l => l.SelfAndDescendants()).Select(l => l.Label).ToList();
}
