using Microsoft.EntityFrameworkCore;
using Subsidia.Data.Demo;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Findings;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

public class SittingPersistenceTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Council2012_StoredAndLoaded_GivesTheSameRoll(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            var sitting = await db.SittingsWithEverything().SingleAsync(s => s.Date == new DateOnly(2012, 5, 9));
            var members = await db.Members.Where(m => m.AssemblyId == sitting.AssemblyId).ToListAsync();
            var engineOfRolls = new RollEngine(sitting, members);

            var evaluation = engineOfRolls.EvaluateItem(sitting.Items.Single(i => i.ActNumber == "2012/001753"));

            Assert.Equal(140, sitting.MembersInOffice);
            Assert.Equal(38, sitting.Positions.Count);
            Assert.Equal(71, evaluation.Roll!.Quorum);
            Assert.Equal(91, evaluation.Roll.PresentCount);
            Assert.Equal(33, evaluation.Roll.ProxiesInForceCount);
            Assert.Equal(124, evaluation.Roll.Voters);
            Assert.Equal(124, evaluation.Item.Recorded.For);
            Assert.Empty(evaluation.Findings);
            Assert.Equal(104, engineOfRolls.RollAt(0).Voters);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Bureau2024_PlacingReport10_IsStoredAndReconciles(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            var sitting = await db.SittingsWithEverything().SingleAsync(s => s.Date == new DateOnly(2024, 12, 5));
            var members = await db.Members.Where(m => m.AssemblyId == sitting.AssemblyId).ToListAsync();
            var item = sitting.Items.Single();
            var before = new RollEngine(sitting, members).EvaluateItem(item);
            Assert.Equal(FindingCodes.ItemPositionUnknown, Assert.Single(before.Findings).Code);
            Assert.Equal(2, item.Interests.Count);

            sitting.PlaceItem(item.Id, "3");
            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var sitting = await db.SittingsWithEverything().SingleAsync(s => s.Date == new DateOnly(2024, 12, 5));
            var members = await db.Members.Where(m => m.AssemblyId == sitting.AssemblyId).ToListAsync();
            var after = new RollEngine(sitting, members).EvaluateItem(sitting.Items.Single());

            Assert.Equal("3", after.Item.PositionKey);
            Assert.Equal(21, after.Roll!.Voters);
            Assert.Empty(after.Findings);
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task TranscribedSeeds_LoadedTwice_ChangesNothing(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            Assert.Equal(2, await TranscribedSeeds.LoadAsync(db));
        }

        using (var db = database.Open())
        {
            Assert.Equal(0, await TranscribedSeeds.LoadAsync(db));
            Assert.Equal(2, await db.Sittings.CountAsync());
            Assert.Equal(44, await db.Set<Proxy>().CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SignedSitting_Stored_StaysLocked(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
            var sitting = await db.SittingsWithEverything().SingleAsync(s => s.Date == new DateOnly(2024, 12, 5));
            sitting.Sign(new DateOnly(2024, 12, 6));
            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var sitting = await db.SittingsWithEverything().SingleAsync(s => s.Date == new DateOnly(2024, 12, 5));
            Assert.True(sitting.IsSigned);
            var error = Assert.Throws<InvalidOperationException>(() => sitting.PlaceItem(sitting.Items.Single().Id, "3"));
            Assert.Contains("acte rectificatif", error.Message, StringComparison.Ordinal);
        }
    }
}
