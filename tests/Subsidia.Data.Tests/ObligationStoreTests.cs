using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Subsidia.Data.Demo;
using Subsidia.Data.Obligations;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;
using Subsidia.Testing;

namespace Subsidia.Data.Tests;

/// <summary>The stored obligations follow every change of a grant file (docs/decisions/0013).</summary>
public class ObligationStoreTests
{
    public static IEnumerable<object[]> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Seeds_StoredObligations_AreTheDomains(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            await AssertStoredAsComputed(db, GrandBesanconGrants.Pole2012Id);
            await AssertStoredAsComputed(db, GrandBesanconGrants.Cmq2024Id);
            Assert.Equal(2, await db.ObligationStamps.CountAsync(s => s.Version == StoredObligation.RulesVersion));
            Assert.Equal(0, await db.RefreshOutdatedObligationsAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task GrantChanges_RewriteItsStoredObligations(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        var on = new DateOnly(2025, 11, 20);
        using (var db = database.Open())
        {
            var final = await db.GrantObligations.SingleAsync(o => o.GrantFileId == GrandBesanconGrants.Cmq2024Id && o.Kind == ObligationKind.FinalReports);
            Assert.Equal(ObligationState.Late, final.ToObligation().StateOn(on));

            // Documents received on the loaded aggregate: the final reports are met.
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Cmq2024Id);
            grant.ReceiveDocument(DocumentKind.FinalFinancialReport, new DateOnly(2025, 11, 18));
            grant.ReceiveDocument(DocumentKind.FinalActivityReport, new DateOnly(2025, 11, 19));
            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var final = await db.GrantObligations.SingleAsync(o => o.GrantFileId == GrandBesanconGrants.Cmq2024Id && o.Kind == ObligationKind.FinalReports);
            Assert.Equal(new DateOnly(2025, 11, 19), final.MetOn);
            Assert.Equal(ObligationState.Met, final.ToObligation().StateOn(on));
            await AssertStoredAsComputed(db, GrandBesanconGrants.Cmq2024Id);

            // A change on the file alone, loaded without its parts: the rows are computed from the grant as stored.
            var pole = await db.GrantFiles.SingleAsync(g => g.Id == GrandBesanconGrants.Pole2012Id);
            var request = await db.GrantObligations.SingleAsync(o => o.GrantFileId == pole.Id && o.Kind == ObligationKind.PaymentRequest);
            Assert.Null(request.DueOn);
            pole.Notify(new DateOnly(2012, 7, 2));
            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var request = await db.GrantObligations.SingleAsync(o => o.GrantFileId == GrandBesanconGrants.Pole2012Id && o.Kind == ObligationKind.PaymentRequest);
            Assert.NotNull(request.DueOn);
            Assert.Null(request.PendingReason);
            await AssertStoredAsComputed(db, GrandBesanconGrants.Pole2012Id);

            // The beneficiary renamed: its rows carry the new name.
            var beneficiary = await db.Beneficiaries.SingleAsync(b => b.Id == db.GrantFiles.Single(g => g.Id == GrandBesanconGrants.Pole2012Id).BeneficiaryId);
            beneficiary.Rename("Pôle renommé", null);
            await db.SaveChangesAsync();
            Assert.All(await db.GrantObligations.Where(o => o.GrantFileId == GrandBesanconGrants.Pole2012Id).ToListAsync(),
                o => Assert.Equal("Pôle renommé", o.BeneficiaryName));
        }

        using (var db = database.Open())
        {
            // The convention's duties removed: their rows go; the grant deleted: all its rows and its stamp go.
            var grant = await db.GrantFilesWithEverything().SingleAsync(g => g.Id == GrandBesanconGrants.Cmq2024Id);
            var duties = grant.Convention!.Duties.Count;
            Assert.True(duties > 0);
            var before = await db.GrantObligations.CountAsync(o => o.GrantFileId == grant.Id);
            db.RemoveRange(grant.Convention.Duties);
            await db.SaveChangesAsync();
            Assert.Equal(before - duties, await db.GrantObligations.CountAsync(o => o.GrantFileId == grant.Id));

            db.GrantFiles.Remove(grant);
            await db.SaveChangesAsync();
            Assert.Equal(0, await db.GrantObligations.CountAsync(o => o.GrantFileId == grant.Id));
            Assert.Equal(0, await db.ObligationStamps.CountAsync(s => s.GrantFileId == grant.Id));
            Assert.NotEqual(0, await db.GrantObligations.CountAsync(o => o.GrantFileId == GrandBesanconGrants.Pole2012Id));
        }
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StatePredicates_PickWhatTheDomainSays_OnEveryDate(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
            foreach (var grant in await db.GrantFilesWithEverything().ToListAsync())
            {
                // Met before, on and after due dates, so that every state shows up.
                grant.Notify(grant.Decision!.DecidedOn.AddDays(40));
                grant.ReceiveDocument(DocumentKind.WrittenPaymentRequest, grant.Decision.DecidedOn.AddYears(3));
                grant.ReceiveDocument(DocumentKind.InterimActivityReport, grant.Decision.DecidedOn.AddMonths(7));
                grant.ReceiveDocument(DocumentKind.Cerfa15059, grant.Decision.DecidedOn.AddMonths(30));
            }

            await db.SaveChangesAsync();
        }

        using (var db = database.Open())
        {
            var rows = await db.GrantObligations.ToListAsync();
            var seen = new HashSet<ObligationState>();
            for (var on = new DateOnly(2011, 1, 1); on < new DateOnly(2040, 1, 1); on = on.AddDays(23))
            {
                var states = rows.ToDictionary(Key, r => r.ToObligation().StateOn(on));
                seen.UnionWith(states.Values);
                Assert.Equal(Expected(ObligationState.Due, ObligationState.Late, ObligationState.Lapsed), await Picked(StoredObligation.States.Outstanding(on)));
                Assert.Equal(Expected(ObligationState.Upcoming, ObligationState.Due), await Picked(StoredObligation.States.Open(on)));
                Assert.Equal(Expected(ObligationState.Late), await Picked(StoredObligation.States.Late(on)));
                Assert.Equal(Expected(ObligationState.Lapsed), await Picked(StoredObligation.States.Lapsed(on)));

                List<string> Expected(params ObligationState[] wanted) =>
                    states.Where(s => wanted.Contains(s.Value)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
            }

            Assert.Equal(Enum.GetValues<ObligationState>().ToHashSet(), seen);

            async Task<List<string>> Picked(System.Linq.Expressions.Expression<Func<StoredObligation, bool>> predicate) =>
                (await db.GrantObligations.Where(predicate).ToListAsync()).Select(Key).Order(StringComparer.Ordinal).ToList();
        }

        static string Key(StoredObligation o) => $"{o.GrantFileId}/{o.Position}";
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Upgrade_FromVersion4_FillsTheObligationsAtStart(string engine)
    {
        using var database = TestDatabase.Create(engine);
        using (var db = database.OpenMigrated())
        {
            await TranscribedSeeds.LoadAsync(db);
        }

        using (var db = database.Open())
        {
            // Back to version 4 with its data (grants, budgets), then up again as an older database would be.
            await db.GetService<IMigrator>().MigrateAsync("20261122000004_ActFormalities");
        }

        using (var db = database.OpenMigrated())
        {
            Assert.Equal(0, await db.GrantObligations.CountAsync());
            Assert.Equal(2, await db.RefreshOutdatedObligationsAsync());
            await AssertStoredAsComputed(db, GrandBesanconGrants.Pole2012Id);
            await AssertStoredAsComputed(db, GrandBesanconGrants.Cmq2024Id);
            Assert.Equal(0, await db.RefreshOutdatedObligationsAsync());

            // The existing budget lines are numbered among their siblings.
            var positions = await db.Set<Domain.Subsidies.ForecastBudgets.BudgetLine>()
                .Select(l => new
                {
                    Parent = EF.Property<Guid?>(l, "BudgetSectionId") ?? EF.Property<Guid?>(l, "ParentLineId"),
                    Position = EF.Property<int>(l, SubsidiaDbContext.BudgetLinePosition),
                })
                .ToListAsync();
            Assert.NotEmpty(positions);
            Assert.All(positions.GroupBy(p => p.Parent), g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(p => p.Position).Order()));
        }
    }

    private static async Task AssertStoredAsComputed(SubsidiaDbContext db, Guid grantId)
    {
        var grant = await db.GrantFilesWithEverything().AsNoTracking().SingleAsync(g => g.Id == grantId);
        var stored = await db.GrantObligations.AsNoTracking().Where(o => o.GrantFileId == grantId).OrderBy(o => o.Position).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.Equal(grant.Obligations(FrenchCalendar.Metropolitan), stored.Select(o => o.ToObligation()).ToList());
    }
}
