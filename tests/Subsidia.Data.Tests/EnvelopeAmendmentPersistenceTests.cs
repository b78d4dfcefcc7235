using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

/// <summary>An envelope's amendments (BS, DM) are stored with it, in their order, on both engines (migration 7).</summary>
public class EnvelopeAmendmentPersistenceTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    private static readonly Guid Envelope2024 = StableId.For("envelope", "Enseignement Supérieur", "BP 2024");

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Amendments_StoredAndLoaded_KeepTheirOrderAndTheCredits(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        await AmendAsync(database);

        using (var db = database.Open())
        {
            var envelope = await db.Envelopes.Include(e => e.Amendments).Include(e => e.Charges).SingleAsync(e => e.Id == Envelope2024);
            Assert.Equal(555_820.5m, envelope.Amount);
            Assert.Equal(548_820m, envelope.OpeningAmount);
            Assert.Equal("BP 2024", envelope.BudgetLabel);
            Assert.Equal(
                [(1, BudgetStage.Supplementary, 10_000.5m, new DateOnly(2024, 6, 27), "BS 2024, délibération 2024-112"),
                 (2, BudgetStage.Amending, -3_000m, new DateOnly(2024, 10, 3), (string?)null)],
                envelope.Amendments.OrderBy(a => a.Rank).Select(a => (a.Rank, a.Stage, a.Change, a.AmendedOn, a.Reference)).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Migrate_FromVersion6WithEnvelopes_KeepsTheirCredits_AndTakesAmendments(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000006_RequestAmountNotStated");
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.OpenMigrated())
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            var envelope = await db.Envelopes.Include(e => e.Amendments).SingleAsync(e => e.Id == Envelope2024);
            Assert.Equal(548_820m, envelope.Amount);
            Assert.Empty(envelope.Amendments);
        }

        await AmendAsync(database);
        using (var db = database.Open())
        {
            Assert.Equal(2, await db.Set<EnvelopeAmendment>().CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task TwoAmendments_MadeAtOnceFromTheSameCredits_TheSecondIsRefused(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using var first = database.Open();
        using var second = database.Open();
        var one = await first.Envelopes.Include(e => e.Amendments).SingleAsync(e => e.Id == Envelope2024);
        var other = await second.Envelopes.Include(e => e.Amendments).SingleAsync(e => e.Id == Envelope2024);
        one.Amend(Guid.NewGuid(), BudgetStage.Amending, 1_000m, new DateOnly(2024, 10, 3), null);
        other.Amend(Guid.NewGuid(), BudgetStage.Amending, -1_000m, new DateOnly(2024, 10, 3), null);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    /// <summary>A BS of +10 000,50 € then a DM of -3 000 € on the 2024 envelope of the seed (548 820 €, 20 000 € committed).</summary>
    private static async Task AmendAsync(TestDatabase database)
    {
        using var db = database.Open();
        var envelope = await db.Envelopes.Include(e => e.Amendments).Include(e => e.Charges).SingleAsync(e => e.Id == Envelope2024);
        envelope.Amend(Guid.NewGuid(), BudgetStage.Supplementary, 10_000.5m, new DateOnly(2024, 6, 27), "BS 2024, délibération 2024-112");
        envelope.Amend(Guid.NewGuid(), BudgetStage.Amending, -3_000m, new DateOnly(2024, 10, 3), null);
        await db.SaveChangesAsync();
    }
}
